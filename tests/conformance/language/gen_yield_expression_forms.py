def g():
    a = yield
    b = yield a
    c = (yield b) + 1
    print("sum", a + b + c)
    yield "end"
x = g()
next(x)
print(x.send(1), x.send(2))
print(x.send(10))
def yield_in_expr():
    result = [1, (yield "first"), 3]
    yield result
y = yield_in_expr()
print(next(y), y.send(2))
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    yield
print(list(yield_tuple()))
