def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print(type(g).__name__, g.__name__)
print(next(g))
print(list(g))
print(list(g))
def empty():
    return
    yield
print(list(empty()))
def squares():
    for i in range(5):
        yield i * i
print(sum(squares()), max(squares()), list(zip(squares(), "abc")))
