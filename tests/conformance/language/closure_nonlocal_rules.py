def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
        def deeper():
            nonlocal x
            x = 3
        deeper()
    inner()
    return x

print(outer())

for src in [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    global y\n    def g():\n        nonlocal y\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, "line", e.lineno)
