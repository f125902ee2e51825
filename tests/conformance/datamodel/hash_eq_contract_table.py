class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__, P(1) == P(1), P(1) != P(1), P(1) != P(2))
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
class Q(P):
    __hash__ = object.__hash__
print(hash(Q(1)) == hash(Q(1)), {Q(1), Q(1)}.__len__())
class R(P):
    def __hash__(self): return hash(self.x)
print(len({R(1), R(1), R(2)}), R(1) in {R(1): "v"})
class OnlyHash:
    def __hash__(self): return 7
print(hash(OnlyHash()), OnlyHash() == OnlyHash())
class BadHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 2**100
class BoolHash:
    def __hash__(self): return True
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(BigHash()) == hash(2**100), hash(BoolHash()))
class Ne:
    def __ne__(self, o): return "custom ne"
print(Ne() != 1, Ne() == Ne(), Ne().__eq__(1))
class EqNotImpl:
    def __eq__(self, o): return NotImplemented
e = EqNotImpl()
print(e == e, e == 1, e != e, e != 1)
print(hash(None) == hash(None), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")), hash(1) == hash(1.0) == hash(True))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
