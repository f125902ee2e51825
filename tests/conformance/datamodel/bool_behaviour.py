print(True + True, True * 10, True / 2, -True, ~True, True & False, True | 2, True ^ 1)
print(type(True & True).__name__, type(True + 1).__name__, type(True | 2).__name__)
print(int(True), float(False), str(True), repr(False), bool("0"), bool(" "))
print(True == 1, False == 0, True is 1 == 1 if False else "skip", hash(True) == hash(1))
print({True: "a", 1: "b"}, {0, False}, [True, 1].count(1))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(sum([True, True, False]), max(False, True), sorted([True, False, 0, 1]))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool(0j), bool(float("nan")), format(True, "d"), f"{True:>5}", f"{False!r}")
