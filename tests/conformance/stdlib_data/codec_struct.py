import struct

print(struct.pack("<hHiIqQ", -2, 65535, -70000, 4000000000, -(2**40), 2**64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -70000, 4000000000, -(2**40), 2**64 - 1))
print(struct.pack("!bB?c", -1, 200, 7, b"z"), struct.pack("<fde", 1.5, -0.1, 0.333))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@bq", 1, 2), struct.pack("3s2xh", b"abcdef", 5))
print(struct.pack("5p", b"hi"), struct.pack("<lL", -1, 1), struct.pack("@nN", -5, 5), struct.pack("10s", b"short"))
for fmt in ["bi", "@bq", "<bq", "3s2xhd", "", "0s", "x", "<e", "!d", "4h", "@hi", "@ih", "P", "n"]:
    print(repr(fmt), struct.calcsize(fmt))
packed = struct.pack("<hId", 7, 123456, 2.75)
print(struct.unpack("<hId", packed), struct.unpack_from("<I", packed, 2), struct.unpack_from("<h", packed))
print(struct.unpack(">HH", b"\x01\x02\x03\x04"), struct.unpack("<?c3s", b"\x02x\x00ab"), struct.unpack("5p", b"\x03abcd"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), struct.unpack("<fe", struct.pack("<fe", 0.1, 0.1)))
s = struct.Struct("<2sH")
print(s, s.size, s.format, s.pack(b"ok", 9), s.unpack(b"ok\x09\x00"), s.unpack_from(b"xxok\x01\x00", 2))
for f in [lambda: struct.pack("h", 40000), lambda: struct.pack("B", -1), lambda: struct.pack("q", 2**63),
          lambda: struct.pack("Q", -1), lambda: struct.pack("<i", 2**31), lambda: struct.pack("<l", 2**31),
          lambda: struct.pack("i", 1.5), lambda: struct.pack("f", "x"), lambda: struct.pack("c", b"ab"),
          lambda: struct.pack("s", "x"), lambda: struct.unpack("i", b"abc"), lambda: struct.pack("y", 1),
          lambda: struct.pack("3", 1), lambda: struct.pack("ii", 1), lambda: struct.pack("<n", 1),
          lambda: struct.iter_unpack("i", b"abcde"), lambda: struct.pack("e", 1e10), lambda: struct.unpack_from("i", b"abc", 2)]:
    try:
        print(f())
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
