for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -(2**63), 2**64 - 1]:
    signed = n < 0 or n in (2**63,) and False
    length = max(1, (n.bit_length() + 8) // 8)
    for order in ("big", "little"):
        data = n.to_bytes(length, order, signed=True)
        back = int.from_bytes(data, order, signed=True)
        print(n, order, data.hex(), back == n)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\x00\x01", "little"))
print((1024).to_bytes(2, "little"), (65535).to_bytes(2), (-1).to_bytes(4, signed=True), (0).to_bytes(0, "big"))
