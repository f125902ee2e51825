x_global = 1
def f(a):
    b = a + 1
    return sorted(locals()), "x_global" in globals(), sorted(vars())
print(f(1))
class K:
    cattr = 1
    def m(self):
        pass
k = K()
k.iattr = 2
print([n for n in dir(k) if not n.startswith("_")], [n for n in dir(K) if not n.startswith("_")])
print(sorted(vars(k)), "cattr" in vars(K), "m" in K.__dict__)
print([n for n in dir() if not n.startswith("_")])
import sys
print("x_global" in dir(sys.modules["__main__"]), dir(5)[:3], "append" in dir([]))
try:
    vars()
    print("vars() with no args is locals()")
except TypeError as e:
    print(e)
