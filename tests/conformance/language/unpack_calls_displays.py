def f(*args, **kwargs):
    return args, kwargs

nums = [1, 2]
opts = {"sep": "-"}
print(f(*nums, 3, *range(2)))
print(f(**opts, end="!", **{"x": 1}))
print(f(*"ab", *nums, key=1, **opts))
print([*nums, *"cd", *()])
print((*nums,), (*nums, 0))
print({*nums, *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*nums, **opts)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f(**{1: 2}))
except TypeError as e:
    print(type(e).__name__, e)
