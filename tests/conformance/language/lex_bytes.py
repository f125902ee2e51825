b = b"abc\x00\xff"
print(b, len(b), b[0], b[-1], type(b).__name__)
print(b"\n\t", repr(b"'"), repr(b'"'), repr(b"'\""))
print(list(b"AZ"), bytes([104, 105]))
print(b"ab" + b"cd", b"x" * 3, b"b" in b"abc")
print(B"UPPER", b'''triple
bytes''')
print(b"caf\xc3\xa9".decode("utf-8"))
print(b"\101\102", b"\\")
