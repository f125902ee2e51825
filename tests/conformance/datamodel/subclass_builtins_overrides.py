class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = LowerDict()
d["Key"] = 1
print(d, d["KEY"], d.get("KEY"), "key" in d)
d2 = LowerDict({"MiXed": 2})
d2.update(Other=3)
print(d2, dict.__repr__(d2))
class Stack(list):
    def push(self, x): self.append(x)
    def __add__(self, other): return Stack(super().__add__(other))
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1])
s.push(2)
print(s, s + [3], type(s + [3]).__name__, type(s[:1]).__name__, type(s * 2).__name__, type(s.copy()).__name__)
class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
    def __len__(self): return 99
n = Name("  ada lovelace ")
print(n, repr(n), len(n), type(n.upper()).__name__, n == "Ada Lovelace", isinstance(n + "!", Name))
class Celsius(float):
    def __repr__(self): return f"{float(self)}°C"
t = Celsius(21.5)
print(repr(t), t + 1, type(t + 1).__name__, str(t), f"{t}", f"{t!r}", [t])
class Flags(int):
    def __or__(self, o): return Flags(int(self) | int(o))
    def __repr__(self): return f"Flags({int(self):#b})"
print(Flags(1) | 4, 2 | Flags(1), type(Flags(1) + 1).__name__, Flags(5) == 5, hash(Flags(5)) == hash(5))
