checks = [(1, int | str), ("s", int | str), (None, int | None), (True, int), (1.0, int | complex), ([], (list, tuple)), ((), ((list,), (dict, tuple))), (b"", bytes | bytearray)]
for obj, t in checks:
    print(repr(obj), isinstance(obj, t))
print(issubclass(bool, int | str), issubclass(float, (int, (str, float))), issubclass(int, object))
print(int | str, (int | str) == (str | int), int | int, type(int | str).__name__, (int | None).__args__)
print(list[int] | None, int | "x" if False else "skip")
for bad in [(1, 1), (1, (int, 1)), (1, list[int]), (1, [int])]:
    try:
        isinstance(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), isinstance("magic", int | Magic), isinstance(Magic(), Magic))
