def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float():
            return "float"
        case list([x, *_]):
            return f"non-empty list starting {x}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"id": i}):
            return f"dict id {i}"
        case set() | frozenset():
            return "a set"
        case bytes(b"x"):
            return "bytes x"
        case _:
            return type(v).__name__

for v in [True, 3, 1.5, [9, 8], [], (1, 2), (1, 2, 3), {"id": 7}, {1}, frozenset(), b"x", None]:
    print(kind(v))
