class Ring:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self) * 2))]
        if not isinstance(i, int):
            raise TypeError(f"ring indices must be int, not {type(i).__name__}")
        if not self.items:
            raise IndexError("empty ring")
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v): self.items[i % len(self.items)] = v
    def __delitem__(self, i): del self.items[i % len(self.items)]
r = Ring("abc")
print(r[0], r[4], r[-1], r[1:5], r[::3])
r[5] = "Z"
del r[3]
print(r.items, len(r))
print(list(iter(Ring([1, 2])))[:3] if False else "iter would loop forever via __getitem__")
it = iter(Ring([1, 2]))
print([next(it) for _ in range(5)])
print("b" in Ring("abc"), "q" in Ring("ab") if False else "contains on ring would loop")
try:
    r["x"]
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), sorted(Seq(), reverse=True), tuple(reversed([*Seq()])))
try:
    reversed(Seq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Seq())
except TypeError as e:
    print(type(e).__name__, e)
