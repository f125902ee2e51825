import weakref, gc
class A: pass
a = A(); r = weakref.ref(a)
print(r() is a, type(r).__name__)
try: weakref.ref(3)
except TypeError as e: print(e)
d = weakref.WeakValueDictionary(); d["x"] = a; print(d["x"] is a, len(d), "x" in d)
s = weakref.WeakSet([a]); print(len(s), a in s)
print(gc.isenabled(), isinstance(gc.collect(), int), gc.get_threshold())
