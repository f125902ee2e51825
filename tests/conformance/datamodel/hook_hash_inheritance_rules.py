class A:
    def __eq__(self, o): return isinstance(o, A)
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
class B(A):
    __hash__ = object.__hash__
print(B.__hash__ is object.__hash__, isinstance(hash(B()), int))
class C(A):
    def __hash__(self): return 7
print(hash(C()), len({C(): 1, C(): 2}), list({C(): 1, C(): 2}.values()))
class D(C):
    def __eq__(self, o): return False
print(D.__hash__)
class E:
    __hash__ = None
try:
    {E()}
except TypeError as e:
    print(e)
class F:
    def __hash__(self): return -1
print(hash(F()))
class G:
    def __hash__(self): return 2**70
print(hash(G()) == hash(2**70))
class H:
    def __hash__(self): return "x"
try:
    hash(H())
except TypeError as e:
    print(e)
class I(int):
    def __eq__(self, o): return True
print(I.__hash__)
