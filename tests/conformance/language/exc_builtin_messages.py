cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 // 0",
    "[1][5]", "(1,)[-3]", "'ab'[9]", "{}['missing']", "{1: 2}[(1, 2)]",
    "int('x')", "float('y')", "[].pop()", "[1].index(2)", "'abc'.index('z')",
    "None + 1", "1 + 'a'", "'a' * 'b'", "[1] + (2,)", "-'s'", "~1.5", "len(5)",
    "undefined_thing", "sorted([1, 'a'])", "abs('x')", "ord('ab')", "chr(-1)",
    "range(1.5)", "int.__index__('x')", "list.append()", "int.from_bytes()",
    "[].sort(key=1)", "dict(1)", "set([[1]])", "{[1]: 2}", "hash([])",
    "iter(None)", "next(5)", "pow(0, -1)", "10 ** 400 * 1.0", "round('x')",
    "min([])", "max()", "'%d' % 'x'", "'{}'.format()", "'{0}{1}'.format(1)",
]
for src in cases:
    try:
        print(src, "=", repr(eval(src)))
    except Exception as e:
        print(f"{src}: {type(e).__name__}: {e}")
