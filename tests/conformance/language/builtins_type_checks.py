print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, int | float))
print(issubclass(bool, int), issubclass(int, (str, object)), isinstance(None, type(None)))
print(type(1) is int, type(True) is bool, type([]) == list, type(int) is type)
print(isinstance([], list | None), isinstance(None, int | None))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable("x"), callable(type), callable(lambda: 0))
print(int | str, list[int], dict[str, list[int]])
