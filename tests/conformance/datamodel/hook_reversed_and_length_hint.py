class Countdown:
    def __init__(self, n): self.n = n
    def __reversed__(self):
        print("__reversed__ used")
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))
c = Countdown(3)
print(list(c), list(reversed(c)))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqRev())), type(reversed(SeqRev())).__name__)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
print(type(reversed([1])).__name__, type(reversed(range(2))).__name__, type(reversed({1: 2})).__name__, list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
