def gen():
    yield 1
    raise StopIteration("leaked")

try:
    print(list(gen()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def returns_value():
    yield 1
    return "result"

g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
