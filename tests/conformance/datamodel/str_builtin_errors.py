for src in ["'a'.join(5)", "'abc'.split(1)", "'x'.zfill('3')", "'x'.center()", "'x'.count()", "'abc'.replace('a')",
            "'abc'.startswith()", "'a' + 1", "'a' * 1.5", "'%s' % ()", "'x'.encode(5)", "str.upper(5)",
            "'abc'.index('d', 0, 2)", "'x'.expandtabs('a')", "'a'.removeprefix(1)", "'x'.ljust(2, '')", "'x'.strip(1)"]:
    try:
        eval(src)
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
