class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
print(seq[I(2):I(8):I(2)], "abcdef"[I(-2):], (1, 2, 3)[I(1)], range(I(5))[I(1)], bytes(I(3)))
print(range(I(1), I(10), I(3)), list(range(I(3))), [0] * I(4), "ab" * I(2), I(5).__index__())
print(hex(I(255)), bin(I(5)), oct(I(8)), int(I(7)) if hasattr(I, "__int__") else int(I(7)), complex(I(2)))
print(round(3.14159, I(2)), pow(I(2), I(3)) if False else "skip", format(I(3), "") if False else "skip")
s = slice(I(1), I(3))
print(seq[s], s.indices(I(5)) if False else s.start.v)
class NotIndex:
    pass
try:
    seq[NotIndex():]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(NotIndex())
except TypeError as e:
    print(type(e).__name__, e)
