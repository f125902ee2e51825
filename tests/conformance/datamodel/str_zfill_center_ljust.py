for s in ["42", "-42", "+7", "", "abc", "-", "1e5", "--3"]:
    print(repr(s.zfill(5)), repr(s.center(6, "*")), repr(s.ljust(4, ".")), repr(s.rjust(4, "0")))
print(repr("ab".center(5)), repr("abc".center(6)), repr("a".center(4, "-")), repr("ab".center(7, "=")))
for bad in ["ab", "", 3]:
    try:
        "x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".zfill(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(b"-5".zfill(4), bytearray(b"ab").center(6, b"."), b"x".ljust(3, b"!"))
