pairs = [(1, "a"), (2, "b")]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
d = {"x": [1, 2], "y": [3, 4]}
for key, (first, second) in d.items():
    print(key, first + second)
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
lst = [0, 0, 0]
for lst[0] in "abc":
    pass
print(lst)
for head, *tail in ["xyz", "pq"]:
    print(head, tail)
