d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"a": 1, "b": 2}
for k, v in d.items():
    d[k] = v * 10
print(d)
d = {"x": 1}
try:
    for k in d:
        d["y"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(3)}
try:
    for k in d:
        d.pop(k)
        d[k + 100] = k
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({"a": 1})
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
keys = {"a": 1}.keys()
print(list(iter(keys)), len(keys), type(iter(keys)).__name__, type(iter({}.items())).__name__)
