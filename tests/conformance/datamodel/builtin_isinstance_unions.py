u = int | str
print(u, type(u).__name__, u.__args__, isinstance(3, u), isinstance("s", u), isinstance(3.0, u))
print(issubclass(bool, int | None), issubclass(float, u), int | str == str | int, (int | str) | float)
print(isinstance(None, int | None), None | int, int | int, list[int] | None)
print(isinstance(3, (int, (str, float))), issubclass(bool, (str, (list, int))))
try:
    isinstance(3, list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int | 5
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __or__(cls, other):
        return f"custom or with {other.__name__}"
class X(metaclass=Meta):
    pass
print(X | int)
