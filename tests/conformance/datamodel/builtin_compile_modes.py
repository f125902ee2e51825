e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e), e.co_filename, e.co_name, type(e).__name__)
s = compile("a = 5\nb = a * 2", "<stmts>", "exec")
ns = {}
exec(s, ns)
print(ns["a"], ns["b"], s.co_name)
single = compile("7 * 6", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'a string'", "<single>", "single"))
for src, mode in [("x = 1", "eval"), ("1 +", "eval"), ("a = 1; b = 2", "single"), ("x", "wrong")]:
    try:
        compile(src, "<t>", mode)
        print("compiled", repr(src), mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
print(eval("[x * 2 for x in range(3)]"), eval("lambda: 5")())
code = compile("def g():\n    return 'g'\n", "<def>", "exec")
space = {}
exec(code, space)
print(space["g"](), space["g"].__code__.co_filename)
