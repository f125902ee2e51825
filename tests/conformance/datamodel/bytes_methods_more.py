b = b"one two  three"
print(b.split(), b.split(b" "), b.split(maxsplit=1), b.rsplit(maxsplit=1), b.rsplit(b" ", 1))
print(b.translate(None, b"aeiou"), b.translate(bytes.maketrans(b"ot", b"OT")), b.zfill(16), b"-5".zfill(4))
print(bytes.fromhex(" 0a 0B\t0c "), b"\x00\xab".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2))
print(b"Abc1".isalnum(), b"".isalnum(), b"ABC".isupper(), b"a1".isalpha(), b"\x80".isascii(), b"Title Case".istitle())
print(b"tab\there".expandtabs(), b"  x".lstrip(), b"x  ".rstrip(), b"xaxbx".strip(b"x"), b"abc".rjust(6, b"."))
print(b"hello world".title(), b"hello".capitalize(), b"MiXeD".swapcase(), b"a\nb\r\nc\rd".splitlines(keepends=True))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 1), b"aaa".count(b"a", 1), b"abcabc".rindex(b"c"))
print(b"%05d|%-4s|%#x" % (42, b"ab", 255), b"x".ljust(3, b"*"), b"data".removeprefix(b"da"), b"data".center(8, b"~"))
for bad in ["b'a'.split(b'')", "b'abc'.index(b'z')", "b'a'.center(3, b'ab')", "b'x'.decode('ascii', 'bogus')", "bytes.fromhex('1')"]:
    try:
        eval(bad)
    except (ValueError, TypeError, LookupError) as e:
        print(bad, "->", type(e).__name__, e)
