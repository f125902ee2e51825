def inner(values):
    total = 0
    for v in values:
        total += 10 // v
    return total


def outer():
    print("start")
    return inner([5, 2, 0, 1])


outer()
