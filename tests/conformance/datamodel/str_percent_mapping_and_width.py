row = {"name": "widget", "qty": 7, "price": 3.14159, "tags": ["a", "b"]}
print("%(name)-10s|%(qty)5d|%(price)8.2f|%(tags)s" % row)
print("%(qty)x %(qty)o %(qty)#o %(qty)e %(price)g" % row)
print("%(name)r %(name)a %(name).3s %(missing)s" % {**row, "missing": None})
print("%-+6d|%06.1f|% 5d|%-5s|%5.3s|" % (42, -3.14159, 7, "ab", "abcdef"))
print("%s %s" % ("only", "two"), "%s" % "solo", "%s" % ("tuple",), "%r" % ((1, 2),))
print("%.0e %.3e %10.2E %-10.1e|" % (12345.678, 0.000123, 1e10, -5.5))
print("%i %d %d" % (True, 2**70, -0.9), "%.2d" % 5, "%5.3d|" % 7)
for fmt, val in [("%(k)s", {"K": 1}), ("%(k", {"k": 1}), ("%(k)*d", {"k": 1}), ("%*s", ("x",))]:
    try:
        print(fmt % val)
    except (KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
class Money:
    def __str__(self): return "$5"
    def __repr__(self): return "Money(5)"
    def __int__(self): return 5
    def __index__(self): return 5
    def __float__(self): return 5.0
print("%s %r %d %x %.1f" % (Money(), Money(), Money(), Money(), Money()))
