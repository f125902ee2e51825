l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
print(l, d, repr(l) == str(l))
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
t = (l, d)
print(t)
class Node:
    def __init__(self, kids=()): self.kids = list(kids)
    def __repr__(self): return f"Node({self.kids!r})"
n = Node()
n.kids.append(Node([n]))
try:
    repr(n)
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
s = set()
print({1: [2, {3: (4, "5")}]}, [None, True, 1.0, 1j, b"x", "s", ..., NotImplemented], ((),), [()], {(): []})
print(str(["a'b", 'c"d', "e'f\"g"]), repr("\\"), [1.0, -0.0, 1e16, 1e-5], str({"a": "b"}))
od = {"x": l}
print(od)
