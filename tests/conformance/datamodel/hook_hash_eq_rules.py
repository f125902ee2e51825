class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 42
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class InheritsHash(EqAndHash):
    pass
print(hash(InheritsHash()))
class OverridesEq(EqAndHash):
    def __eq__(self, other):
        return False
print(OverridesEq.__hash__)
class ExplicitKeep(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
print(hash(ExplicitKeep()))
class HashReturnsBig:
    def __hash__(self):
        return 2 ** 100
print(hash(HashReturnsBig()) == hash(2 ** 100))
class HashReturnsStr:
    def __hash__(self):
        return "x"
try:
    hash(HashReturnsStr())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(-1), hash(-2), hash(0.5) == hash(0.5), hash(1.0) == hash(1), hash(True) == 1, hash(None) == hash(None))
d = {}
d[1] = "int"
d[1.0] = "float overwrites int key"
d[True] = "bool too"
print(d)
