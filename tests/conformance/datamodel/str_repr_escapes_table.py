for code in [0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 32, 39, 34, 92, 127, 128, 159, 160, 173, 255, 256, 0x2028, 0xFEFF, 0xFFFF, 0x10FFFF, 0x1F600]:
    ch = chr(code)
    print(f"{code:#x}", repr(ch), ascii(ch), ch.isprintable())
print(repr("'"), repr('"'), repr("'\""), repr("\\n"), repr("a\u0301"))
