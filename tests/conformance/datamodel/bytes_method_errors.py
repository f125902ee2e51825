b = b"hello world"
for call in [lambda: b[20], lambda: b.index(b"z"), lambda: b + "s", lambda: b.join(["a"]), lambda: bytes("abc"),
             lambda: bytes([256]), lambda: bytes(-1), lambda: b.decode("nope"), lambda: b"\xff".decode(), lambda: bytes.fromhex("zz"),
             lambda: b.split(b""), lambda: b.replace("l", "L"), lambda: b"%d" % "x", lambda: b.center(20, "*"), lambda: b.count(300),
             lambda: bytearray(b"a").append(256), lambda: b.hex(":", 0), lambda: b < "a", lambda: b.translate(b"short")]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes.fromhex("de ad BE EF"), b.hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -4))
print(b.title(), b.swapcase(), b.split(), b.rsplit(b"o", 1), b.upper().isupper(), b"12".isdigit(), b.istitle(), b[0], b[-1:], list(b"ab"))
print(b"a" * 3, b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"ab" == bytearray(b"ab"), b"ab" < b"b", bytes(memoryview(b"mv")))
