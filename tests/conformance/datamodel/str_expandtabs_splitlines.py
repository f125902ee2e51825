rows = ["a\tb\tc", "\t\tx", "abcdefgh\ti", "12\t345\t6"]
for r in rows:
    print(repr(r.expandtabs()), repr(r.expandtabs(4)), repr(r.expandtabs(0)), repr(r.expandtabs(1)))
print(repr("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines()))
print("x\n\ny\n".splitlines(), "x\n\ny\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print(b"a\nb\r\nc\x0bd".splitlines(), b"a\r\n".splitlines(True))
print("x\ny\n".split("\n"), repr("a\tb".expandtabs(-3)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
