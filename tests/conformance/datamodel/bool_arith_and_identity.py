print(True + True, True * 10, True / 2, -True, ~True, ~False, True << 3, True & 3, True | 2, True ^ True, type(True ^ True).__name__)
print(True & False, type(True & False).__name__, True | False, False ^ True, type(True | 0).__name__)
print(bool(), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]), bool(range(0)), bool(b"\x00"), bool(None), bool(...))
print(str(True), repr(False), int(True), float(False), True == 1, True is not 1 if False else "-", hash(True), True.real, True.bit_length())
print(sum(x > 2 for x in range(6)), [False, True][True], {True: "a", 1: "b"}, max(True, 0.5), divmod(True, True))
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__bases__, isinstance(True, int), True.__class__.__name__, bool("False"), bool(0 or None))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f"{True:d}", f"{False:5}", f"{True!r:>6}", format(True, "x"), "%s %d %r" % (True, True, False))
