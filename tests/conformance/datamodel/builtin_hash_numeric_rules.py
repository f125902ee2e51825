print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(hash(0.5), hash(1.5), hash(-0.5), hash(float("inf")), hash(float("-inf")), hash(1e100) == hash(int(1e100)))
print(hash(2j) == hash(complex(0, 2)), hash(1 + 2j) == hash(complex(1, 2)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])), hash(()) == hash(()))
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", -0.0: "b", False: "c"}, len({1, 1.0, True, 1 + 0j}))
for bad in [[], {}, set(), bytearray(), ([],), slice(1, 2) if False else {1: 2}]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
print(hash(range(0)) == hash(range(5, 5)), hash(Ellipsis) == hash(...))
