class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "default"), getattr(C, "a"), hasattr(c, "a"), hasattr(c, "zz"))
setattr(c, "b", 2)
setattr(c, "with space", 3)
print(c.b, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "b")
print(hasattr(c, "b"))
for bad in ["getattr(c, 5)", "getattr(c, 'missing')", "setattr(c, 1, 2)", "delattr(c, 'missing')", "hasattr(c)", "getattr()"]:
    try:
        eval(bad)
    except (TypeError, AttributeError) as e:
        print(bad, "->", type(e).__name__, e)
class Raises:
    @property
    def boom(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates other errors:", e)
print(getattr(Raises(), "missing", "default works"))
