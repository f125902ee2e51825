x = "global x"

class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]

print(C.y, C().method(), C.z)

class D:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + offset for v in values for offset in values if offset == values[0]]
    except NameError as e:
        error = str(e)

print(D.doubled)
print(getattr(D, "shifted", None), getattr(D, "error", None))

class E:
    n = 3
    try:
        squares = [i * n for i in range(3)]
    except NameError as e:
        squares = f"NameError: {e}"
print(E.squares)

def f():
    y = "function local"
    class Inner:
        seen = y
        y = "class level"
        also = y
    return Inner
try:
    print(f().seen)
except NameError as e:
    print("class-local name skips the enclosing function:", type(e).__name__, e)

def g():
    y = "function local"
    class Inner:
        seen = y
    return Inner
print(g().seen)
