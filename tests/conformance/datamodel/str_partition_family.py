for s in ["key=value=x", "novalue", "=lead", "trail="]:
    print(repr(s), s.partition("="), s.rpartition("="))
for bad in ["", None, 3]:
    try:
        "abc".partition(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a.b.c".rpartition("."), "a::b::c".partition("::"))
print(b"k:v".partition(b":"), bytearray(b"x-y-z").rpartition(b"-"))
try:
    b"abc".partition(b"")
except ValueError as e:
    print(type(e).__name__, e)
