def classify(v):
    match v:
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex literal"
        case -0.5:
            return "negative float"
        case "a" "b":
            return "implicitly concatenated"
        case (1 | 2) as small:
            return f"small {small}"
        case [*_, "end"]:
            return "ends with end"
        case {"x": 1, **rest} if not rest:
            return "exactly x=1"
        case str() | bytes():
            return "text-like"
        case _:
            return "fallback"

for v in [-1, 1 + 2j, -0.5, "ab", 2, ["a", "end"], ("end",), {"x": 1}, {"x": 1, "y": 2}, b"z", 3.0]:
    print(repr(v), "->", classify(v))
match "hello":
    case str(x) if len(x) > 3:
        print("long string", x)
match 3:
    case 1 | 2 | 3 as n if n > 2:
        print("or-pattern with guard", n)
subject_calls = 0
def subject():
    global subject_calls
    subject_calls += 1
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
print("subject evaluated", subject_calls, "time")
