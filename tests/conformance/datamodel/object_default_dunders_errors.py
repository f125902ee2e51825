class Plain: pass
p = Plain()
print(p.__str__() == p.__repr__(), Plain.__format__(p, "") == str(p), p.__sizeof__() > 0, p.__reduce_ex__ is not None)
try:
    format(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(p.__ne__(p), p.__lt__(p), p.__ge__(1), p.__hash__() == hash(p), p.__init__(), p.__dir__ is not None)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a): pass
try:
    object.__new__(WithInit, 1).__class__
    print("object.__new__ accepted extra args because __init__ is overridden")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(object.__doc__).__name__, Plain.__doc__, Plain.__module__, Plain.__qualname__, Plain.__bases__, object.__bases__)
print(sorted(k for k in vars(Plain) if not k.startswith("__w")))
