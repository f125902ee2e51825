class Signed:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Signed(-self.v)
    def __pos__(self):
        return Signed(+self.v if self.v >= 0 else 0)
    def __abs__(self):
        return Signed(abs(self.v))
    def __invert__(self):
        return Signed(~self.v)
    def __repr__(self):
        return f"S({self.v})"
s = Signed(-3)
print(-s, +s, abs(s), ~s, -(-s), ~~s, -abs(s), abs(-Signed(4)))
class NoUnary:
    pass
for op, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        fn(NoUnary())
    except TypeError as e:
        print(op, type(e).__name__, e)
print(-True, +False, ~True, abs(-0.0), -(0j), +(-0.0))
