ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba += b"!"
ba.extend([32, 33])
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(33)
ba.reverse()
print(ba, ba.count(b"l"), ba.find(b"EY"), ba.hex())
for action in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b"x"), lambda: ba.remove(0), lambda: bytearray().pop(),
               lambda: ba.extend("str"), lambda: ba.append("a"), lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.insert(0, -1),
               lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: hash(ba), lambda: ba.index(b"zz")]:
    try:
        action()
        print("ok", ba)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
del ba[::2]
print(ba)
ba[:] = range(65, 70)
print(ba, ba * 2, bytearray(3), bytearray("é", "utf-8"), bytearray.fromhex("41 42"), ba.upper() is ba, ba == b"ABCDE")
ba.clear()
print(ba, ba.copy() == ba)
