files = ["main.py", "README.md", "setup.cfg", "lib.pyi", "x.PY"]
for f in files:
    print(f, f.endswith((".py", ".pyi")), f.lower().endswith(".py"), f.startswith(("R", "s"), 0), f.startswith("ai", 1, 3))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
print("abc".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
print(b"abc".startswith((b"x", b"a")), bytearray(b"abc").endswith(b"bc"))
try:
    b"abc".startswith("a")
except TypeError as e:
    print(type(e).__name__, e)
