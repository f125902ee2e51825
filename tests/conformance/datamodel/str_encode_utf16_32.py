s = "A€😀"
print(s.encode("utf-8"), s.encode("utf-16-le"), s.encode("utf-16-be"), s.encode("utf-32-le"))
print(len(s.encode("utf-16")), s.encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"), len(s.encode("utf-32")))
print(s.encode("utf-16-le").decode("utf-16-le") == s, b"\x41\x00".decode("utf-16-le"), b"\xd8\x3d\xde\x00".decode("utf-16-be"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "é".encode("cp1252"), "abc".encode("ascii"))
try:
    b"\x00\xd8".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "x\ud800y".encode("utf-8", "replace"), "€".encode("ascii", "namereplace"))
