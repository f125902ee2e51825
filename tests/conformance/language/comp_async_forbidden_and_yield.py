for src in ["[(yield x) for x in range(3)]", "def f():\n    return [(yield) for _ in ()]\n",
            "{x: (yield) for x in ()}", "[x for x in range(3) if (yield)]"]:
    try:
        compile(src, "<c>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print([x for x in (yield_value for yield_value in range(2))])
