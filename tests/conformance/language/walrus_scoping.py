def outer():
    [inner_val := i for i in range(3)]
    return inner_val
print(outer())
try:
    compile("class C:\n    [z := 1 for _ in range(1)]\n", "<w>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
for src in ["(x := 5)", "x := 5", "(a.b := 1)", "(a[0] := 1)", "def f(x := 1): pass", "f(a := 1)", "[i for i in (j := [1])]",
            "lambda: (y := 1)"]:
    try:
        compile(src, "<w>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
