class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"V({self.n}).__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"V({self.n}).__gt__")
        return self.n > (o.n if isinstance(o, V) else o)
    def __repr__(self): return f"V({self.n})"
print(V(1) < V(2))
print(3 < V(2))
print(V(5) > 1)
class W(V):
    def __gt__(self, o):
        print("W.__gt__")
        return True
print(V(1) < W(0))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() < object()
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(min([V(2), V(1)]))
print(sorted([V(3), V(1), V(2)], key=lambda v: v.n))
