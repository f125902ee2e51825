class N:
    def __init__(self, v): self.v = v
    def __sub__(self, o):
        print("sub", self.v, o.v if isinstance(o, N) else o)
        return NotImplemented
    def __rsub__(self, o):
        print("rsub called", self.v)
        return 0
try:
    N(1) - N(2)
except TypeError as e:
    print(type(e).__name__, e)
print(5 - N(3))
class M(N):
    pass
try:
    N(1) - M(2)
except TypeError as e:
    print(type(e).__name__, e)
class P(N):
    def __rsub__(self, o):
        print("P.rsub")
        return 99
print(N(1) - P(2))
print(P(1) - P(2) if False else "skip")
