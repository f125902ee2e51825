print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "-" * True)
print(", ".join(str(i) for i in range(5)), "".join(map(chr, range(97, 102))), "|".join(reversed(["a", "b"])))
print("".join(["a"] * 3), "+".join("123"), " ".join(w.capitalize() for w in "hello big world".split()))
parts = []
for i in range(3):
    parts.append(f"<{i}>")
print("".join(parts), "-".join(sorted({"b", "a", "c"})), "\n".join(["x", "y"]).splitlines())
try:
    "ab" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join([b"a"])
except TypeError as e:
    print(type(e).__name__, e)
