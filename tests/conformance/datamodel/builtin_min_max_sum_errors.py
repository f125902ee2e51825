calls = ["min()", "max([])", "min([], default=None)", "max(1)", "min(1, 2, key=None)", "max([1, 2], default=0, key=abs)",
         "min(1, 2, default=0)", "max([3, 'a'])", "min('b', 'a', key=str.upper)", "max(x=1)", "min([1], [2], [0])",
         "sum(['a', 'b'], '')", "sum([[1], [2]], [])", "sum([1, 2], start=10)", "sum(start=1)", "sum([1.5, 2], 1j)",
         "sum([b'a'], b'')", "sum([1, 'a'])", "sum(5)", "sum([0.1] * 10)", "sum([1e100, 1.0, -1e100])", "sum((i for i in range(4)), 0.5)"]
for c in calls:
    try:
        print(c, "=", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
