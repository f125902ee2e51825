class Obj:
    cls_level = "c"
    @property
    def boom(self):
        raise ValueError("property raised")
o = Obj()
print(getattr(o, "cls_level"), getattr(o, "nope", None), hasattr(o, "cls_level"), hasattr(o, "nope"))
try:
    hasattr(o, "boom")
except ValueError as e:
    print("hasattr propagates", type(e).__name__, e)
try:
    getattr(o, "boom", "default")
except ValueError as e:
    print("getattr default does not catch", type(e).__name__, e)
for bad in [lambda: getattr(o, 1), lambda: getattr(o), lambda: setattr(o, "x"), lambda: delattr(o, "nope"), lambda: hasattr(o, None), lambda: getattr(o, "nope")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
setattr(o, "dyn", 5)
setattr(o, "with space", 6)
print(o.dyn, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(Obj, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
