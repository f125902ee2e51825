def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 75:
            return "B"
        case int() | float():
            return "C"
        case str(s) if s.isdigit():
            return grade(int(s))
        case _:
            raise ValueError(f"bad score {score!r}")

print([grade(s) for s in [95, 80, 10, 90.0, "77"]])
try:
    grade([1])
except ValueError as e:
    print(e)
calls = []
def check(v):
    calls.append(v)
    return False
match 5:
    case x if check("first"):
        pass
    case 5 if check("second"):
        pass
    case _:
        calls.append("default")
print(calls, x)
