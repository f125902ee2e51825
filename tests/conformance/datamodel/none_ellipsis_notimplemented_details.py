print(type(None)(), type(...)(), type(NotImplemented)(), None is type(None)())
for obj in [None, ..., NotImplemented]:
    print(repr(obj), str(obj), type(obj).__name__, hash(obj) == hash(obj), obj == obj)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None: pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class N(type(None)): pass
except TypeError as e:
    print(type(e).__name__, e)
print(... is Ellipsis, [1, 2][...] if False else "-", None.__bool__(), None.__eq__(None), None.__ne__(0), None.__lt__(None))
