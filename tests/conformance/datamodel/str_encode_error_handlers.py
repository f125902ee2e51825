s = "naïve €5 \U0001F600"
for enc in ["ascii", "latin-1", "cp1252", "utf-8", "utf-16-le"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except (UnicodeEncodeError, LookupError) as e:
            print(enc, errors, type(e).__name__, e)
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
data = b"ok \xff\xfe end \xc3"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(data.decode("utf-8", errors)))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "x".encode("utf-8", "bogus")
    print("unused handler not checked")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
