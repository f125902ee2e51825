print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 12345.678, 12345.678, 0.00001234, 1e20))
print("%.2f|%8.3f|%-8.1f|%+.0f" % (3.14159, 2.5, 1.25, 2.5))
print("%c%c" % (72, "i"), "%%", "%s" % [1, 2], "%s" % (("tuple",),))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 40})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s %s" % ("a", "b"), "%d" % 3.99, "%s" % None, "%5s|%-5s|" % ("ab", "cd"))
for bad in ["'%d' % 'x'", "'%s %s' % 'a'", "'%s' % ('a', 'b')", "'%z' % 1", "'%(k)s' % {}", "'%c' % 'ab'", "'%' % ()"]:
    try:
        eval(bad)
    except (TypeError, ValueError, KeyError) as e:
        print(bad, "->", type(e).__name__, e)
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%c" % 65)
