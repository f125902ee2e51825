adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
def make_ops():
    factor = 3
    ops = {"mul": lambda x: x * factor, "pow": lambda x: x ** factor}
    factor = 2
    return ops
ops = make_ops()
print(ops["mul"](5), ops["pow"](5))
counter = (lambda: (lambda c=[0]: c.__setitem__(0, c[0] + 1) or c[0]))()
print(counter(), counter(), counter())
recursive = lambda n: 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10))
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
