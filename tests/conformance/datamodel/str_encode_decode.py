s = "naïve café – ok"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
data = b"caf\xc3\xa9 \xff"
print(data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode("latin-1"))
print(data.decode("utf-8", "backslashreplace"))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("€".encode("utf-16-le"), b"\xe2\x82\xac".decode(), str(b"\xe2\x82\xac", "utf-8"))
