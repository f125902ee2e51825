def numbers():
    yield 1
    yield 2
    raise ValueError("generator gave up")


for n in numbers():
    print(n)
