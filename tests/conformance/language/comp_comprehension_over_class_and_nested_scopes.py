def outer():
    base = 10
    class Inner:
        offsets = [1, 2]
        combined = [base + o for o in offsets]
        try:
            cross = [o + p for o in offsets for p in offsets]
        except NameError as e:
            cross = f"NameError: {e}"
    return Inner
I = outer()
print(I.combined, I.cross)
x = 1
def f():
    return [x for _ in range(2)], [lambda: x for _ in range(1)][0]()
print(f())
