ba = bytearray(b"abc")
ba *= 2
print(ba)
ba.extend([100, 101])
ba.extend(range(48, 50))
print(ba)
ba[0:3] = [65, 66]
print(ba, len(ba))
ba[-1] = 0x7A
print(ba, ba.index(b"c"), ba.count(97), ba.rfind(b"b"), ba.startswith(b"AB"))
ba.remove(ord("z"))
print(ba)
try:
    ba.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.extend([1, 256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = "str"
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"x").join([b"a", bytearray(b"b")]), bytearray(b"a b").split(), bytearray(b" p ").strip())
print(repr(bytearray()), bytearray(b"\x00\xff").hex(), bytearray(4)[1:3], bytearray("abc", "ascii")[::-1])
