rows = [("alpha", 1.5, 120), ("beta", 22.25, -3), ("gamma", 333.125, 45000)]
w = max(len(r[0]) for r in rows) + 2
for name, score, delta in rows:
    print(f"{name:<{w}}|{score:>{w}.{2}f}|{delta:+{w},}|{delta:{'x' if delta > 0 else 'd'}}")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}11}", f"{3.14159:.{3}}", f"{'x'!r:>{5}}", f"{12:0{6}}")
spec = ">8.3f"
print(f"{2/3:{spec}}", "{0:{1}}".format(2/3, spec), format(2/3, spec))
val = 255
print(f"{val:#0{10}b}", f"{val=:#x}", f"{val = }", f"{val!s:>5}", f"{val*2=:_}")
try:
    f"{val:{'q'}}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{{literal}} {val}", f"{'{'}{val}{'}'}", f"{[1, 2][0]:03}", f"{ {'a': 1}['a'] }")
