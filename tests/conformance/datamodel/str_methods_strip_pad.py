s = "  \t padded text \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abcdef".ljust(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(" a b ".replace(" ", "")), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
