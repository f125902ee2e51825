words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: w for w in words})
print({w[0]: len(w) for w in reversed(words)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({n % 4: n for n in range(10)}, {True: "t", 1: "one", 1.0: "float"})
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups, {k: len(v) for k, v in groups.items()})
inverted = {v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()}
print(inverted)
