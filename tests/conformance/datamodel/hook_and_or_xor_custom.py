class Perm:
    NAMES = ["read", "write", "exec"]
    def __init__(self, bits):
        self.bits = bits
    def __or__(self, other):
        return Perm(self.bits | other.bits)
    def __and__(self, other):
        return Perm(self.bits & other.bits)
    def __xor__(self, other):
        return Perm(self.bits ^ other.bits)
    def __invert__(self):
        return Perm(~self.bits & 7)
    def __contains__(self, other):
        return self.bits & other.bits == other.bits
    def __bool__(self):
        return self.bits != 0
    def __iter__(self):
        return (Perm(1 << i) for i in range(3) if self.bits & (1 << i))
    def __repr__(self):
        return "|".join(n for i, n in enumerate(self.NAMES) if self.bits & (1 << i)) or "none"
R, W, X = Perm(1), Perm(2), Perm(4)
rw = R | W
print(rw, rw & W, rw ^ R, ~rw, W in rw, X in rw, bool(rw & X), list(rw), rw | X)
acc = Perm(0)
acc |= X
acc |= R
print(acc, acc and "truthy", Perm(0) or "empty")
