class Signal:
    def __init__(self, v): self.v = v
    def __neg__(self): return Signal(-self.v)
    def __pos__(self): return Signal(abs(self.v))
    def __invert__(self): return Signal(~self.v)
    def __repr__(self): return f"Signal({self.v})"
s = Signal(5)
print(-s, +Signal(-3), ~s, -(-s), --s)
class Empty: pass
for op, f in [("-", lambda: -Empty()), ("+", lambda: +Empty()), ("~", lambda: ~Empty()), ("abs", lambda: abs(Empty())), ("~float", lambda: ~1.5), ("-str", lambda: -"a"), ("~list", lambda: ~[1])]:
    try:
        f()
    except TypeError as e:
        print(op, type(e).__name__, e)
print(~True, -False, +True, abs(-True), ~0, ~-1, -(2**63), abs(-(2**100)), abs(-0.0), abs(-3j))
