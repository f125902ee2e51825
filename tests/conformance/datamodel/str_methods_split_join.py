print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,c".rsplit(",", 1))
print("  lots   of\tspace\n".split(), "  lots   of space ".split(None, 1), "".split(), "".split(","))
print("x".join("abc"), ", ".join([]), "".join(["a", "b"]), "-".join(("1",)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\n\nend"
print(text.splitlines(), text.splitlines(keepends=True)[:3])
print("one\x0btwo\x0cthree\x1cfour\u2028five".splitlines())
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4), repr("\t".expandtabs(0)))
