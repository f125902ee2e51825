def g():
    x = yield 1
    print("received", x)
    yield 2

it = g()
print(it.send(None))
print(it.send("value"))
try:
    it.send("again")
except StopIteration:
    print("StopIteration after last yield")
try:
    it.throw(ValueError)
except ValueError as e:
    print("throw into finished generator re-raises", repr(e))
it2 = g()
try:
    it2.throw(TypeError, "legacy signature")
except TypeError as e:
    print(type(e).__name__, e)
it3 = g()
next(it3)
try:
    it3.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
