buf = bytearray(range(8))
mv = memoryview(buf)
print(mv.tolist(), mv[::2].tolist(), mv[::-1].tolist(), bytes(mv[-2:]), mv.contiguous, mv[::2].contiguous)
words = mv.cast("I") if len(buf) % 4 == 0 else None
print(words.format, words.itemsize, words.nbytes, len(words), words.tolist() == [int.from_bytes(buf[i:i + 4], "little") for i in (0, 4)])
chars = memoryview(b"abc").cast("c")
print(chars.tolist(), chars[0], chars.format)
mv[0:4] = b"\xff\xff\xff\xff"
print(buf[:4], words[0])
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"abc") == b"abd", memoryview(b"x").tobytes(), memoryview(b"hi").hex())
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"x")) == hash(b"x"))
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print(type(e).__name__, e)
