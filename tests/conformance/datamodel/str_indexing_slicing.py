s = "Hello, Wörld! 😀"
print(len(s), s[0], s[-1], s[7:12], s[::-1], s[::3], s[-3:], s[100:], repr(s[5:5]))
print(s.index("ö"), s.find("😀"), s[s.find("W"):].split("!")[0])
print([c for c in "añb"], list(enumerate("ab")), "".join(reversed("abc")), sorted("cab"))
print("abc" * 0, "ab" * 3, "-" * 5, "x" + "y" * 2, "a" < "b" < "c", "abc" < "abd", "Z" < "a", "é" > "z")
print(min("hello"), max("hello"), "hello".count("l"), "l" in "hello", "lo" in "hello", "" in "")
print(str(), str(5), str(None), str(b"x"), str(b"x", "ascii"), str([1]), str(1.0), str(-0.0), str(1e-7))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\x00\x1f\x7f"), repr("\u200b"))
try:
    s[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
