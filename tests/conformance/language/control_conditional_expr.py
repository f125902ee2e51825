def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print([sign(n) for n in (-1, 0, 1)])
x = 5
print("big" if x > 3 else "small", (1 if False else 2) + 10)
def trace(v):
    print("eval", v)
    return v
print(trace("a") if trace(True) else trace("b"))
print(trace("a") if trace(0) else trace("b"))
f = (lambda: "L1") if x else (lambda: "L2")
print(f())
