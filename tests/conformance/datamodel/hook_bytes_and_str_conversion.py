class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return b"PKT:" + self.payload
    def __str__(self):
        return f"Packet({self.payload!r})"
p = Packet(b"data")
print(bytes(p), str(p), f"{p}", b"%b" % p, bytearray(p) if False else "skip")
class BadBytes:
    def __bytes__(self):
        return "not bytes"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(object())
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytes(memoryview(b"m")))
class IntLike:
    def __index__(self):
        return 4
print(bytes(IntLike()))
