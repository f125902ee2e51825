# zlib.compressobj / decompressobj: streaming round trips, max_length, unused_data, framing, errors.
import zlib

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(400))
for wbits in (15, -15, 31, 9):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
    parts.append(c.flush())
    stream = b''.join(parts)
    d = zlib.decompressobj(wbits if wbits != 9 else 15)
    out = b''.join(d.decompress(stream[i:i + 97]) for i in range(0, len(stream), 97))
    print(wbits, out == text, d.eof, d.unused_data, d.unconsumed_tail)
    print(' one shot', zlib.decompressobj(wbits if wbits != 9 else 15).decompress(stream) == text)
    print(' auto', zlib.decompressobj(47).decompress(stream) == text if wbits in (15, 31, 9) else '-')

# Sync flush: everything so far can be decoded before the stream ends.
c = zlib.compressobj()
d = zlib.decompressobj()
first = c.compress(b'hello ') + c.flush(zlib.Z_SYNC_FLUSH)
print(d.decompress(first), d.eof)
rest = c.compress(b'world') + c.flush()
print(d.decompress(rest), d.eof)
try:
    c.flush()
except zlib.error as e:
    print(e)
print(zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH)

# Streams made by CPython 3.13's zlib, decoded here byte for byte.
fixed = bytes.fromhex('78dacb48cdc9c957c8402701680308b1')
gz = bytes.fromhex('1f8b08000000000002039dd44b16c1501444d1be51dc21a8427c6643bc109e3c42fc466fd1d63aedbb4eebee55b9ed528c5771'
                   'dba7b80c6d7d8c4d5f1e5d34e51987e174be46b9a7fe77ceebf72bb66537cadf46a0316826a0998266069a0a3473d02c40b3243f'
                   '45108804110a22164430886810e120e24104848808131146db4044988830116122c244848908ff13f101bc71cf62dc050000')
print(zlib.decompressobj(31).decompress(gz) == text[:1500], zlib.decompressobj(47).decompress(gz + b'xyz') == text[:1500])
d = zlib.decompressobj()
print(d.decompress(fixed + b'TRAILING'), d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
stored = zlib.compress(b'abc' * 10, 0)
print(zlib.decompressobj().decompress(stored), len(stored))

# max_length: output in slices, the unread input in unconsumed_tail.
d = zlib.decompressobj()
data = zlib.compress(text)
chunks = []
buf = data
while not d.eof:
    chunk = d.decompress(buf, 1000)
    chunks.append(len(chunk))
    buf = d.unconsumed_tail
print(chunks[:3], sum(chunks) == len(text), max(chunks) <= 1000)
d = zlib.decompressobj()
head = d.decompress(data, 10)
print(head, len(d.unconsumed_tail) > 0, head + d.flush() == text)

# copy() forks the state.
d = zlib.decompressobj()
part = d.decompress(data[:len(data) // 2])
e = d.copy()
print(part + d.decompress(data[len(data) // 2:]) == text, part + e.decompress(data[len(data) // 2:]) == text)

# Errors
for bad, wbits in ((b'not zlib at all', 15), (b'\x78\x9c\xff\xff', 15), (bytes.fromhex('789c030000000001'), 15), (bytes.fromhex('1f8b0800'), 31)):
    try:
        zlib.decompressobj(wbits).decompress(bad)
        print('no error (incomplete input waits)')
    except zlib.error as e:
        print('zlib.error:', e)
bad_check = bytearray(zlib.compress(b'payload'))
bad_check[-1] ^= 1
try:
    zlib.decompressobj().decompress(bytes(bad_check))
except zlib.error as e:
    print('zlib.error:', e)
for call in (lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.compressobj(10), lambda: zlib.decompressobj(99),
             lambda: zlib.decompressobj().decompress('text')):
    try:
        call()
    except (ValueError, TypeError, zlib.error) as e:
        print(type(e).__name__, e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
