def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in the middle)"
        case [first, *rest]:
            return f"many: {first} then {rest}"
        case _:
            return "not a sequence"

for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", {"a": 1}, 5, range(3)]:
    print(repr(s), "->", shape(s))

match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
match (1, 2):
    case (1, 2) | [2, 1]:
        print("or of sequences")
