b = b"abc"
for x in b:
    print(x, end=" ")
print()
print(list(b), b[0], b[0:1], type(b[0]).__name__, type(b[0:1]).__name__, bytes([b[0]]))
print(b"%s|%r|%a|%d|%5.2f|%x|%c" % (b"x", b"y", "é", 5, 3.14159, 255, 66))
print(b"%(k)s" % {b"k": b"v"}, b"%%", b"%b" % b"raw")
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"abc".partition(b"b"), b"a-b".replace(b"-", b"+"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(range(3)), bytes())
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"ab" + bytearray(b"c"), b"x" * 3, 97 in b"abc", b"bc" in b"abc")
print(b"Hello".center(9, b"-"), b"\t".expandtabs(2), b"ABC".lower(), b"a b".title(), b"abc".isascii())
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([1, "2"])
except TypeError as e:
    print(type(e).__name__, e)
