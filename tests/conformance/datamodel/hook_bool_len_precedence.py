class Both:
    def __bool__(self):
        print("__bool__")
        return False
    def __len__(self):
        print("__len__")
        return 5
print(bool(Both()), len(Both()))
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly(), "yes" if LenOnly() else "no")
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
