for src in ["*a, *b = [1, 2]", "*a = [1]", "a, b += 1, 2", "print(*)", "x = *y"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
print([*range(3)], *range(2))
a = *range(2), 5
print(a)
