for c in ["a", "é", "€", "\U0001F600", "\x00", "\uffff", b"a", bytearray(b"z")]:
    print(repr(c), ord(c))
for n in [0, 65, 0x263A, 0x10FFFF, True]:
    print(n, repr(chr(n)))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab"), lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.0), lambda: chr("a"), lambda: chr(2**70)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "Az"], chr(0x41).lower())
