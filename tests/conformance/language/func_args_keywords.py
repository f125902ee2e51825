def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=0, a=9))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))

def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(e)

def g(a, b):
    return a + b

attempt(lambda: g(1, a=2))
attempt(lambda: g(1, c=2))
attempt(lambda: g(1, 2, b=3))
attempt(lambda: f(1))
attempt(lambda: f(1, c=1, a=2))
def h(x, *, y, z):
    pass
attempt(lambda: h(1))
attempt(lambda: h(1, z=1))
attempt(lambda: h(1, 2))
