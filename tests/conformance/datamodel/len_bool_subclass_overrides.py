class Window(list):
    def __len__(self):
        return min(super().__len__(), 3)
w = Window([1, 2, 3, 4, 5])
print(len(w), list.__len__(w), bool(Window()), w[4], list(w))
class Empty(dict):
    def __len__(self):
        return 0
e = Empty(a=1)
print(len(e), bool(e), dict.__len__(e), e)
class Always(tuple):
    def __bool__(self):
        return True
    def __len__(self):
        return 42
print(len(Always()), bool(Always()), tuple.__len__(Always((1,))))
class Huge(list):
    def __len__(self):
        return 2**70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
class Neg(dict):
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen(list):
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def __len__(self):
        return 100
print(len(S("ab")), str.__len__(S("ab")), S("ab") * 2)
