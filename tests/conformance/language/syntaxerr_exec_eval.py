try:
    eval("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e)
    print(e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec("for i in range(3):\nprint(i)")
except IndentationError as e:
    print(type(e).__name__, e, isinstance(e, SyntaxError))
try:
    exec("def f():\n\treturn 1\n        return 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval("  1 + 2"))
try:
    eval("x = 5")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
code = compile("a = 40 + 2", "<gen>", "exec")
ns = {}
exec(code, ns)
print(ns["a"])
print(eval(compile("a * 2", "<gen>", "eval"), ns))
