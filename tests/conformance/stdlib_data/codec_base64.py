import base64
import binascii

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7)), b"\xff\xfe\xfd"]
for d in data:
    e = base64.b64encode(d)
    print(d, e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b16encode(d))
    print("  ", base64.b32decode(base64.b32encode(d)) == d, base64.b16decode(base64.b16encode(d)) == d, binascii.hexlify(d))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg=="), base64.b64decode("Zm9vYmE="))
print(base64.urlsafe_b64decode("_-8="), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.encodebytes(b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), base64.decodebytes(b"eHh4\n"))
print(binascii.hexlify(b"\x01\x02\x03\x04", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.unhexlify("0aFF"))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk="))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("0aff", casefold=True))
for f in [lambda: base64.b64decode("Zm9"), lambda: base64.b64decode("Z"), lambda: base64.b64decode("Zm9v!", validate=True),
          lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: base64.b64decode("é"),
          lambda: base64.b64encode("str"), lambda: base64.b32decode("A"), lambda: base64.b16decode("0g")]:
    try:
        print(f())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
