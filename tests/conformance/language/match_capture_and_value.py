class Color:
    RED = "red"
    GREEN = "green"

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown colour {other}"

print(paint("red"), paint("green"), paint("blue"))
match 42:
    case n:
        print("captured", n)
print(n)
match (1, 2):
    case (a, b) as pair:
        print(a, b, pair)
match {"k": [1, 2]}:
    case {"k": [_, second] as lst}:
        print(second, lst)
for src in ["match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case a | b:\n        pass\n",
            "match x:\n    case {**r, 'k': v}:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
