x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
gen = (y for y in range(3))
print(list(gen))
try:
    y
except NameError as e:
    print(type(e).__name__, e)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
def f():
    total = 10
    return [total + i for i in range(3)]
print(f())
# The first iterable is evaluated in the enclosing scope.
class C:
    data = [1, 2, 3]
    copy = [d for d in data]
print(C.copy)
fns = [lambda: k for k in range(3)]
print([fn() for fn in fns])
