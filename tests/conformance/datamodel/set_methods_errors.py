s = {1, 2}
for src in ["s.add()", "s.add(1, 2)", "s.remove()", "s.remove(9)", "s.remove([1])", "s.discard([1])", "s.pop(1)",
            "s.union(1)", "s.issubset(1)", "s | 1", "s & 'ab'", "s - [1]", "s ^ (1,)", "s <= [1]",
            "s.update(1)", "s.intersection_update(None)", "frozenset().add(1)", "set(1, 2)", "{1} in {1}"]:
    try:
        exec(src)
        print(src, "ok")
    except (TypeError, KeyError, AttributeError) as e:
        print(src, "->", type(e).__name__, e)
