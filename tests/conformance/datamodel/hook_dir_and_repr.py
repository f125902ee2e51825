class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
    def __repr__(self):
        return "Custom<repr>"
    def __str__(self):
        return "Custom<str>"
    def __format__(self, spec):
        return f"Custom<format {spec!r}>"
c = Custom()
print(dir(c))
print(c, repr(c), str(c), f"{c}", f"{c:>10}", format(c, "x"), "{}".format(c), "%s %r" % (c, c))
print([c], (c,), {1: c}, str([c]))
class NoStr:
    def __repr__(self):
        return "repr used for str"
print(NoStr(), str(NoStr()), f"{NoStr()!s}")
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(object.__new__(NoStr), ""))
