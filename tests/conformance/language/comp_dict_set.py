words = ["one", "two", "three", "four"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({i % 3: i for i in range(10)})
print(sorted({c.upper() for c in "mississippi"}))
print({(x, y): x * y for x in range(2) for y in range(2)})
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
print({k: v for k, v in zip("abc", range(3)) if v})
