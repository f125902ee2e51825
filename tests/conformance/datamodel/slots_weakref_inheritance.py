class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b", "__weakref__")
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, B.__slots__, A.__slots__, "__weakref__" in dir(B), hasattr(b, "__dict__"))
print(sorted(k for k in B.__dict__ if not k.startswith("__") or k == "__weakref__"))
try:
    class C(A):
        __slots__ = ("a",)
    print("redeclared slot ok", C.a is not A.a)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    __slots__ = ["x"]
    x_default = 5
d = D()
print(getattr(d, "x", "unset"), D.__slots__, type(D.__dict__["x"]).__name__, D.x.__name__, D.x.__objclass__.__name__)
try:
    class E(int):
        __slots__ = ("v",)
except TypeError as e:
    print(type(e).__name__, e)
class F(tuple):
    __slots__ = ()
print(F((1, 2)), hasattr(F(()), "__dict__"))
try:
    class G:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)
class H:
    __slots__ = ("__priv",)
    def __init__(self): self.__priv = 1
print(H.__slots__, sorted(k for k in H.__dict__ if "priv" in k), H().__dict__ if hasattr(H(), "__dict__") else "no dict")
