class Account:
    __slots__ = ("owner", "__balance")
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def balance(self):
        return self.__balance
a = Account("ann", 10)
print(a.owner, a.balance(), Account.__slots__, sorted(k for k in Account.__dict__ if "balance" in k))
print(type(Account.__dict__["_Account__balance"]).__name__, Account.owner.__objclass__.__name__, Account.owner.__name__)
try:
    a.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
class _Hidden:
    __slots__ = ("__x",)
print([k for k in _Hidden.__dict__ if "x" in k])
class ___:
    __slots__ = ("__y",)
print([k for k in ___.__dict__ if "y" in k])
for body in ["class T(tuple): __slots__ = ('a',)", "class B(bytes): __slots__ = ('a',)", "class I(int): __slots__ = ('a',)",
             "class W: __slots__ = ('__weakref__', '__weakref__')", "class D: __slots__ = ('__dict__', '__dict__')",
             "class V: __slots__ = ('v',); v = 1", "class N: __slots__ = (1,)"]:
    try:
        exec(body, {})
        print("ok", body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.b, w.__dict__)
class Sub(WithDict):
    pass
try:
    class Sub2(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
class EmptyTuple(tuple):
    __slots__ = ()
print(EmptyTuple((1, 2)), hasattr(EmptyTuple(), "__dict__"))
