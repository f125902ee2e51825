def f(a, b, c=3):
    return a, b, c

def g(x, y, z, *, k):
    pass

class K:
    def method(self, needed):
        return needed

tests = [
    lambda: f(),
    lambda: f(1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(),
    lambda: K().method(),
    lambda: K.method(),
    lambda: (lambda q: q)(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
