for n in [0, 1, -1, 255, -256, 2**64, -(2**70) + 1, True]:
    print(bin(n), oct(n), hex(n))
for s in ["plain", "café", "日本", "tab\there", "\x00\x7f\x80", "emoji \U0001F600", "quote'\"", "\u2028"]:
    print(ascii(s), repr(s) == ascii(s))
print(ascii([1, "é", b"\xff"]), ascii({"k": "ü"}), ascii(None), ascii(3.5))
class R:
    def __repr__(self): return "Rüdiger"
print(ascii(R()), repr(R()))
for bad in [1.0, "1", None]:
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-42), 0), int(oct(99), 0), int(hex(-255), 16), int("0x_ff", 0))
