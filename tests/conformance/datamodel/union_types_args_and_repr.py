import types
u = int | None
print(u, u.__args__, type(u).__name__, type(u) is types.UnionType)
print(int | str | None, (int | str) | (bytes | None), int | int, (int | str).__args__)
print(isinstance(None, int | None), isinstance(3, int | None), isinstance("x", int | None), issubclass(bool, int | str))
print(isinstance(3, (str, int | None)), issubclass(type(None), str | None))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | None) == (None | int))
print(None | int, list[int] | None, (list[int] | None).__args__)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
print(A | None, (A | int).__args__)
def f(x: int | None = None) -> str | None:
    return None
print(f.__annotations__)
