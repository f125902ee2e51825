a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(a) > 0)
x = object()
print(hash(x) == hash(x), isinstance(hash("s"), int), hash("s") == hash("s"), hash(b"s") == hash(b"s"))
print(hash(1), hash(-1), hash(0), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1.5), hash(-0.0), hash(float("inf")))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(True), hash(None) == hash(None), hash(1 + 0j) == hash(1), hash(0.5) == hash(complex(0.5, 0)))
for unhashable in [[], {}, set(), bytearray()]:
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
