d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print([type(reversed(x)).__name__ for x in (d, d.keys(), d.values(), d.items())])
r = reversed(d)
print(r.__length_hint__(), next(r), r.__length_hint__())
d["z"] = 26
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
t = iter((1, 2))
print(t.__length_hint__(), type(t).__name__)
rl = reversed([1, 2, 3, 4])
print(rl.__length_hint__(), next(rl), rl.__length_hint__())
lst = [1, 2, 3]
rv = reversed(lst)
lst.clear()
print(list(rv), rv.__length_hint__())
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed("abc")), list(reversed((1, 2))))
class Seq:
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i * 10
    def __len__(self): return 2
print(list(reversed(Seq())))
for bad in [{1, 2}, iter([]), 5, None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i): return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
