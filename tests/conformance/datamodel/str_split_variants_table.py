samples = ["a,b,,c", " a  b \t c\n", ",", "", "a", "x--y--z", "  "]
for s in samples:
    print(repr(s), s.split(","), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split("--", 1), s.rsplit(",", 1), s.split(",", 0))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=-1), "1\u00a02\u20033".split(), "a\x1cb".split())
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "1"), lambda: ",".join([1]), lambda: ",".join(5), lambda: "a".rsplit(sep="")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("-".join("abc"), "".join([]), ", ".join(map(str, range(3))), "x".join({"k": 1}), "/".join(("a", "b")))
