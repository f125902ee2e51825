class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2**100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class IdxLen:
    class I:
        def __index__(self): return 3
    def __len__(self): return IdxLen.I()
print(len(IdxLen()))
class NoneBool:
    __bool__ = None
try:
    if NoneBool(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BoolSub:
    def __bool__(self): return False
print(not BoolSub(), BoolSub() or "fallback", [x for x in [BoolSub(), 1] if x])
