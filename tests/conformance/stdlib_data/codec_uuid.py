import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), str(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, b"x"))
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4())
u1 = uuid.uuid1()
print(u1.version, u1.variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.UUID(int=5) < uuid.UUID(int=6), hash(u) == hash(uuid.UUID(str(u))))
for f in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: setattr(u, "x", 1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
