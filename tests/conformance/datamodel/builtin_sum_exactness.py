print(sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3, -0.6]), sum([1e-16] * 10 + [1.0]), sum(i * 0.1 for i in range(10)))
print(sum([1, 2, 3], 10), sum([True, True, False]), type(sum([True, True])).__name__)
print(sum([1, 2], 0.5), sum([0.5, 1], 1j), sum([2**100, 1.0]), sum([], start=5))
print(sum([float("inf"), float("-inf")]), sum([float("nan"), 1.0]))
print(sum([(1, 2), (3,)], ()), sum([[1], [2]], []))
for bad in [(["a"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())]:
    try:
        sum(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum(1)
except TypeError as e:
    print(e)
try:
    sum([1], 2, 3)
except TypeError as e:
    print(e)
class Acc:
    def __init__(self, v): self.v = v
    def __radd__(self, o):
        print("radd with", o)
        return Acc(o + self.v)
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
print(sum([Acc(1), Acc(2), Acc(3)]).v)
