class Lazy:
    __slots__ = ("value",)
class Prop:
    @property
    def missing(self):
        raise AttributeError("computed attribute is unavailable")
    @property
    def broken(self):
        raise KeyError("broken")
l, p = Lazy(), Prop()
print(getattr(l, "value", "unset"), hasattr(l, "value"), getattr(p, "missing", "fallback"), hasattr(p, "missing"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "broken", None)
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, "broken")
except KeyError as e:
    print(type(e).__name__, e)
l.value = 5
print(getattr(l, "value", "unset"), hasattr(l, "value"))
del l.value
print(hasattr(l, "value"))
try:
    del l.value
except AttributeError as e:
    print(type(e).__name__, e)
class Fallback:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)
f = Fallback()
print(getattr(f, "x_ok"), getattr(f, "nope", "default"), hasattr(f, "nope"))
for bad in [lambda: getattr(f, 1), lambda: getattr(f), lambda: hasattr(f, None), lambda: getattr(f, "a", 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
