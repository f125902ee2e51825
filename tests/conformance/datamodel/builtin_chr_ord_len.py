print(chr(0x1F600), ord("😀"), chr(0), repr(chr(127)), repr(chr(160)), ord("\n"), chr(955))
print(len("😀"), len("é"), len("e\u0301"), len(b"\xf0\x9f\x98\x80"), len([1, [2, 3]]), len({"a": 1}), len(range(0, 10, 3)))
for bad in ["chr(0x110000)", "chr(-1)", "chr('a')", "ord('')", "ord(b'ab')", "ord(5)", "len(iter([]))", "len(None)"]:
    try:
        eval(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
print(ord(b"A"), ord(bytearray(b"z")), [ord(c) for c in "AZaz09"])
