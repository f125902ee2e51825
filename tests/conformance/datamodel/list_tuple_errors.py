l = [1, 2, 3]
t = (1, 2, 3)
for src in ["l.append()", "l.append(1, 2)", "l.extend(5)", "l.insert(1)", "l.insert('a', 1)", "l.index()", "l.count()",
            "l.sort(key=len)", "l.sort(cmp=None)", "l[1.5]", "l['a']", "l[1:2:0]", "l * 'a'", "l + 5", "l < 5",
            "t.index(9)", "t.count()", "t[3]", "t + [1]", "t * 1.0", "del t[0]", "t.sort()", "l.remove()",
            "l[5] = 1", "del l[5]", "l.pop(10)", "l.pop('x')", "[].index(1)"]:
    try:
        exec(src)
        print(src, "ok")
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(src, "->", type(e).__name__, e)
