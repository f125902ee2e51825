b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b"  x ".strip(), b"a,b".partition(b","))
print(b"-".join([b"a", b"b"]), b.center(16, b"*"), b.ljust(14, b"."), b"7".zfill(3))
print(b.hex(), b.hex(":"), b"\x01\xff".hex(" ", 1), bytes.fromhex("48 65 6c"), bytes.fromhex("ff00"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"abc".islower(), b"Ab".istitle())
print(b[0], b[-1], b[1:4], b[::-1][:3], list(b[:3]), 72 in b, b"ell" in b)
print(b + b"!", b * 2, len(b), bytes(range(65, 70)), bytes([1, 2]) == b"\x01\x02")
print(b.decode(), b.decode("ascii"), b"caf\xc3\xa9".decode("utf-8"), repr(bytes(2)))
print(b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(), b"abc".translate(bytes.maketrans(b"a", b"z")))
print(b.removeprefix(b"Hello"), b.removesuffix(b"World"), b"abc".rjust(5, b"-"))
for bad in ["b'a' + 'b'", "b'abc'[5]", "bytes([256])", "bytes('é', 'ascii')", "b'x'.join(['a'])", "bytes.fromhex('zz')", "b'a' < 'a'"]:
    try:
        eval(bad)
    except (TypeError, ValueError, IndexError, UnicodeError) as e:
        print(bad, "->", type(e).__name__, e)
