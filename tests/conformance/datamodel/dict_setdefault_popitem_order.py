d = {}
for word in "the cat and the hat and the bat".split():
    d.setdefault(word, []).append(len(d))
print(d)
print(d.popitem(), d.popitem(), list(d))
d["new"] = 1
print(d.popitem())
e = {"a": 1}
e.setdefault("b")
print(e, e.setdefault("a", 99))
f = dict.fromkeys(range(5))
while f:
    k, v = f.popitem()
    print(k, end=" ")
print()
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
