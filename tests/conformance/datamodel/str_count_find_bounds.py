s = "abracadabra"
for args in [("a",), ("a", 3), ("a", 3, 7), ("a", -4), ("", ), ("", 5), ("", 20), ("abra", 1), ("a", None, 4)]:
    print(args, s.count(*args), s.find(*args), s.rfind(*args))
print(s.index("c"), s.rindex("a", 0, 5))
for meth in ["index", "rindex"]:
    try:
        getattr(s, meth)("z")
    except ValueError as e:
        print(meth, type(e).__name__, e)
try:
    s.find("a", "1")
except TypeError as e:
    print(type(e).__name__, e)
print("".find(""), "".count(""), "abc".find("", 3), "abc".find("", 4))
print(b"aXbXc".count(b"X"), b"aXbXc".find(88), bytearray(b"abc").rindex(b"c"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
