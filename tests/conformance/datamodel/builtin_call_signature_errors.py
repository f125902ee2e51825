cases = ["len([], [])", "isinstance(1)", "sorted(1)", "sorted([], 1)", "sorted([], reverse=1)", "sorted([2, 1], reverse='yes')",
         "int(x=1)", "str(object=5)", "list(iterable=[])", "dict(**{})", "'a b'.split(maxsplit='x')", "'a b'.split(sep=' ', maxsplit=1)",
         "[].sort(1)", "[3, 1].sort(reverse=True)", "min(1, 2, key=5)", "repr()", "repr(1, 2)", "print(end=1)", "range(stop=3)",
         "enumerate([], start='x')", "list(zip(strict=True))", "iter()", "next()", "round(1.5, 1, 1)", "abs()", "divmod(1)",
         "getattr(1, 'real', 2, 3)", "hash()", "id()", "chr()", "bin(1.0)", "format()"]
for src in cases:
    try:
        result = eval(src)
        print(src, "=", repr(result))
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
