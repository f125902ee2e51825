o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o), bool(o))
print(sorted(n for n in dir(o) if n in ("__eq__", "__hash__", "__repr__", "__init__", "__new__", "__class__")))
class Plain:
    pass
p = Plain()
print(p.__class__.__name__, p.__dict__, type(p).__dict__["__module__"], p.__module__)
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, p), object.__lt__(p, p))
print(p.__reduce_ex__ is not None, p.__sizeof__() > 0, p.__format__("") == str(p), object.__str__(1))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    object.__new__(WithInit, 1)
    print("object.__new__ ignores extra args when __init__ is overridden")
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
