data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(mv.nbytes, len(mv), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape)
print(mv[0], mv[-1], bytes(mv[2:5]), mv[1:3].tobytes(), mv.tolist()[:3], mv.hex())
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[4:]
sub[0] = ord("E")
print(data, sub.obj is data)
ro = memoryview(b"xyz")
print(ro.readonly, ro.tobytes(), ro == b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(b"\x01\x00\x02\x00")).cast("H")
print(ints.format, ints.itemsize, ints.tolist(), len(ints))
try:
    mv[0:2] = b"toolong"
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as m2:
    print(bytes(m2))
