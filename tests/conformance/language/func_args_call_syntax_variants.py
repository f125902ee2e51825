def f(a, b=0, *args, c=1, **kw):
    return f"a={a} b={b} args={args} c={c} kw={kw}"

print(f(1))
print(f(1, 2, 3, 4))
print(f(1, *[2, 3], c=5, d=6))
print(f(*(1,), **{"c": 7}))
print(f(1, 2, *[], **{}))
print(f(1, *range(3), *"ab", x=1, **{"y": 2}))
print(f(b=2, a=1))
print(f(1, c=3, **{"b": 4}))
print(f(*[1, 2], 3, *[4], c=0))
args = (1, 2)
kwargs = {"c": 9}
print(f(*args, **kwargs), f(**dict(a="A")))
