import math, datetime
x, y = 3, "hi"
w, p = 10, 3
print(f"{x=}", f"{y=!s}", f"{x = }", f"{x*2=:>5}", f"{math.pi=:.3f}")
print(f"{math.pi:{w}.{p}f}|", f"{'a':*^{w}}", f"{12345678:,}", f"{12345678:_x}", f"{0.5:%}", f"{1e10:g}", f"{-0.0:+}")
print(f"{y!r:>6}", f"{'{'}{x}{'}'}", f"{{literal}}", f"{[1,2][0]}", f"{ {'a':1}['a'] }")
print(f"{'nested ' + f'{x:03}'}", f'{"quotes"}', f"{x:#b} {x:#o} {x:#x} {255:#X}", f"{3.0:#}", f"{1234.5:_.2f}")
d = {"k": "v"}
print(f"{d['k']}", f"{d["k"]}")
print(f"{x if x > 2 else y}", f"{(lambda q: q + 1)(2)}", f"{'\n'.join(['a', 'b'])}")
print(f"""{
    x
    + 1
}""")
print(f"{123:>+8.2f}", f"{-5:08}", f"{5:=+8}", f"{'s':<3}|", f"{1/3:.2e}", f"{1e-5:.2g}", f"{123456789:.3g}")
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}", format(12.5, "08.2f"), format(-12, "x"))
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __repr__(self):
        return "F()"
    def __str__(self):
        return "strF"
print(f"{F()}", f"{F():abc}", f"{F()!r}", f"{F()!s}", f"{F()!a}", f"{F()=}", f"{F()=:x}")
print(f"{'é'!a}", ascii("é☃"), f"{x:{'>'}{w}}")
try:
    f"{x:q}"
except ValueError as e:
    print(e)
try:
    f"{'s':d}"
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
print(f"{True:d}", f"{True}", f"{None!r:>6}", f"{3:c}", f"{65:c}")
print(f"{1_000_000:,.2f}", f"{-1234.5678:,.1f}", f"{0.000012345:.3}", f"{1e300*10}", f"{float('nan'):f}", f"{12:n}")
print("{0}{1}{0}".format("a", "b"), "{name:>{width}}".format(name="n", width=4), "{0.real}".format(3), "{0[1]}".format([5, 6]))
print("%s %r %5.2f %-4d| %x %o %e %%" % ("s", "r", 3.14159, 7, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": 1, "b": 2}, "%c%c" % (65, "b"), "%+d % d" % (5, 5), "%#x %#o" % (255, 8))
