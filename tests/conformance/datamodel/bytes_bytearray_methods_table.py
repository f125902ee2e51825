b = b"Hello, World"
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.startswith((b"He", b"x")), b.endswith(b"ld", 0, 12))
print(b.split(b", "), b.rsplit(maxsplit=0), b.partition(b","), b.rpartition(b"x"), b.replace(b"l", b"L", 2), b.title(), b.swapcase())
print(b.center(16, b"*"), b.ljust(14, b"-"), b.rjust(14), b.zfill(14), b"  x ".strip(), b"xxaxx".strip(b"x"), b"a\tb".expandtabs(4))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"Ab".istitle(), b"AB".isupper(), b"".islower())
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"ab" * 3, b"a" in b"cab", 97 in b"abc", b[0], b[-1:], b[::3])
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.insert(0, 65); ba[1] = 66; ba[2:4] = b"xyz"; del ba[-1]
print(ba, ba.pop(), ba.pop(0), ba.remove(120), ba, ba.find(b"y"), ba.reverse(), ba, ba.copy(), ba.clear(), ba)
for bad in [lambda: b"a" + "b", lambda: bytearray(b"a").append(256), lambda: b"abc".index(b"z"), lambda: bytearray().pop(),
            lambda: bytes([300]), lambda: bytes("x"), lambda: b"a".join(["b"]), lambda: bytearray(b"a").remove(98), lambda: b"%d" % "x"]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(bytes(3), bytes([1, 2]), bytes(b"x"), bytearray(2), bytes.fromhex("41 42"), b"AB".hex("-"), bytes(range(3)), b"\x00\xff".hex())
print(b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"a,b".split(b","), b"%s=%r" % (b"k", b"v"))
print(repr(b"'\""), repr(b"\n\x7f\x80"), repr(bytearray(b"'")), b"abc" < b"abd", b"ab" < b"abc", bytearray(b"a") == b"a", hash(b"a") == hash(b"a"))
