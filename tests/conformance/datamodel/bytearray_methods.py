ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
print(ba, len(ba))
ba[1:5] = b"ELLO"
print(ba)
del ba[5]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("O"))
print(ba, ba.find(b"w"), ba.count(b"l"))
ba.reverse()
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray(b"ab") * 2, bytearray(range(3)), bytearray("é", "utf-8"))
ba2 += b"xy"
print(ba2, ba2.hex(), bytearray.fromhex("414243"), ba2.upper(), type(ba2.upper()).__name__)
try:
    ba2[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba2.append("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"abc") == b"abc", bytes(bytearray(b"x")), b"x" + bytearray(b"y"), bytearray(b"y") + b"x")
ba3 = bytearray(b"abcdef")
ba3[::2] = b"XYZ"
print(ba3, ba3.decode(), ba3.clear(), ba3, ba3.copy() == ba3)
