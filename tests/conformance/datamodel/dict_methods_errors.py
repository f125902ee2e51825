d = {"a": 1}
for src in ["d.get()", "d.get(1, 2, 3)", "d.pop()", "d.update(1, 2)", "d.update([1])", "d.update([(1, 2, 3)])", "d.items(1)",
            "d.keys()[0]", "d.setdefault([], 1)", "dict.fromkeys()", "d.copy(1)", "d.clear(1)", "d.popitem(1)",
            "{}.fromkeys('ab', 1, 2)", "d['b']", "d[[1]]", "del d['zz']", "d | 1", "1 | d"]:
    try:
        exec(src)
        print(src, "ok")
    except (TypeError, KeyError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
