class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__")
        return self.v == other.v
print(E(1) != E(1), E(1) != E(2))
class ReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"
print(ReturnsNonBool() == 1, ReturnsNonBool() != 1)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class EqNotImpl:
    def __eq__(self, other):
        return NotImplemented
a = EqNotImpl()
print(a != a, a == a, a != EqNotImpl())
