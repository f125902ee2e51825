# SyntaxError details through compile(): message, line, offset, text.
sources = [
    "x = (1, 2",
    "print 'hello'",
    "if x\n    pass",
    "else:\n    pass",
    "a = 1 +",
    "f(x for x in y, 1)",
    "del f()",
    "x = yield = 1",
    "class C(:\n    pass",
    "lambda x: (yield)",
    "True = 1",
    "None += 1",
    "a, b = *c",
    "def f(*):\n    pass",
    "def f(*, **k):\n    pass",
    "import",
    "from x import",
    "x = 1 if 2",
    "[x for x in]",
    "{'a': 1, 'b'}",
    "while True:\npass",
    "continue",
    "0 = x",
    "f(**k, *a)",
    "x: int, y: int = 1, 2",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}) {src!r}")
