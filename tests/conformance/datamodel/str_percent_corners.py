print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %u" % (3.9, -2.5, 7))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%e %E %g %G %f %F" % (1234.5, 1234.5, 1e-5, 1e20, 1/3, float("inf")))
print("%c%c" % (65, "b"), "%r %a" % ("é", "é"), "%%" % ())
try:
    print("%5%|" % ())
except TypeError as e:
    print(type(e).__name__, e)
print("%(name)s is %(age)03d" % {"name": "bo", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%+d % d %+.1f" % (5, 5, -0.05))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1114112), ("%c", "ab"), ("%", ()), ("%s %(a)s", {"a": 1}), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%s-%d-%b" % (b"a", 5, b"z"), b"%x" % 255, b"%c" % 66, b"%r" % "x")
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
