people = [("ann", 31, "ops"), ("bob", 25, "dev"), ("cat", 31, "dev"), ("dan", 25, "ops"), ("eve", 40, "dev"), ("fay", 25, "dev")]
by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
print([p[0] for p in sorted(by_age, key=lambda p: p[2])])
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: (p[2], -p[1]))])
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted("bBaA"), sorted("bBaA", key=str.casefold))
print(sorted([3, 1, 2], reverse=True), sorted((1.5, 1, True, 0)), sorted({3: "a", 1: "b"}), sorted(range(3), key=None))
l = [5, 3, 1]
print(sorted(l) is l, l, l.sort(), l)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(key=len)
except TypeError as e:
    print(type(e).__name__, e)
data = [1, 2, 3]
def mutate(x):
    return x
data.sort(key=mutate)
def bad_key(x):
    data.append(0)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, data)
