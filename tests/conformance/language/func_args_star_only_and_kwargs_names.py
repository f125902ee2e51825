def f(*, sep=" ", **options):
    return sep, sorted(options.items())
print(f(), f(sep="-", a=1, z=2))
def g(a, **kwargs):
    return a, kwargs
print(g(1, b=2), g(a=3, c=4), g(**{"a": 5, "self": 6}))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(e)
def h(*args):
    return args
print(h(*[], *(), *""), h(*range(3)))
def kw_names(**kw):
    return list(kw)
print(kw_names(**{"with space": 1, "class": 2, "ünï": 3}))
