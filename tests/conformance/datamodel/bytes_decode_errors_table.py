samples = [b"plain", b"caf\xc3\xa9", b"\xff\xfe", b"ab\x80cd", b"\xe2\x82", b"\xed\xa0\x80"]
for data in samples:
    row = []
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            row.append(repr(data.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            row.append(f"<{e.reason} at {e.start}>")
    print(data, row)
print(b"\x80abc".decode("latin-1"), b"\x80".decode("cp1252"), b"abc".decode("ascii", "strict"))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
