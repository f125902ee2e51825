data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:4]), mv.tobytes(), mv.tolist(), len(mv), mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim, mv.shape)
mv[0] = 65
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
sub[0] = ord("z")
print(data, bytes(sub), sub.obj is data)
ro = memoryview(b"xyz")
for action in [lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(slice(0, 2), b"abc"), lambda: mv[10], lambda: mv.__setitem__(0, 300), lambda: hash(mv), lambda: memoryview("s")]:
    try:
        action()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(ro) == hash(b"xyz"), ro == b"xyz", mv == data, mv.hex(), ro.hex(":"))
ints = memoryview(bytearray(8)).cast("I")
ints[1] = 7
print(ints.tolist(), ints.format, ints.itemsize, len(ints))
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as m:
    print(bytes(m))
print(m.__repr__().startswith("<released memory"))
