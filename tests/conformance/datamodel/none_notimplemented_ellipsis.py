print(None, repr(None), type(None)(), type(None).__name__, None.__class__)
print(NotImplemented, repr(NotImplemented), type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., repr(...), type(...)() is ..., ... is Ellipsis)
print(bool(None), bool(...), str(None) + "!", None == None, None is None, None != 0)
try:
    bool(NotImplemented)
    print("bool(NotImplemented) allowed")
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), [None] * 2, {None: 1}[None], sorted([3, 1], key=lambda x: (x is None, x)))
