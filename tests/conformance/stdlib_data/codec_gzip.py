# gzip over zlib: one-shot compress/decompress (headers, mtime, levels, several members, padding),
# GzipFile and gzip.open on files and file objects, text mode, and the errors of bad input.
# (Compressed bytes depend on the deflate implementation, so the program checks headers and round trips.)
import gzip
import io
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, '_gzip_scratch.txt.gz')


def attempt(fn):
    try:
        return repr(fn())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


data = b'The quick brown fox jumps over the lazy dog.\n' * 50
blob = gzip.compress(data)
print(blob[:4], blob[8:10], len(blob) < len(data), gzip.decompress(blob) == data)
print(gzip.compress(b'', mtime=1234567890)[:10], gzip.decompress(gzip.compress(b'')))
print(gzip.compress(b'x', compresslevel=1, mtime=7)[:10], gzip.compress(b'x', compresslevel=5)[8:10])
print(gzip.decompress(gzip.compress(b'one') + gzip.compress(b'two') + b'\0\0\0\0'))
print(gzip.decompress(bytearray(gzip.compress(b'bytearray'))), gzip.decompress(memoryview(gzip.compress(b'view'))))
crc, size = struct.unpack('<LL', blob[-8:])
print(crc == zlib.crc32(data), size == len(data))

print(attempt(lambda: gzip.decompress(b'not gzip data')))
print(attempt(lambda: gzip.decompress(blob[:20])))
print(attempt(lambda: gzip.decompress(blob[:-3])))
broken = blob[:-8] + struct.pack('<LL', crc ^ 1, size)
print(attempt(lambda: gzip.decompress(broken)).startswith('BadGzipFile: CRC check failed'))
print(attempt(lambda: gzip.decompress(blob[:-4] + struct.pack('<L', size + 1))))
print(attempt(lambda: gzip.decompress(b'\x1f\x8b\x07' + blob[3:])))
print(issubclass(gzip.BadGzipFile, OSError))

buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=42) as f:
    print(f.write(b'first line\n'), f.write(bytearray(b'second line\n')), f.write(memoryview(b'third')))
    print(f.tell(), f.writable(), f.readable(), f.mode)
print(f.closed, buffer.getvalue()[:10])
buffer.seek(0)
with gzip.GzipFile(fileobj=buffer) as f:
    print(f.mtime, f.readline(), f.read(6), f.tell(), f.peek(3)[:3], list(f))
    f.seek(0)
    print(f.read(), f.seekable(), f.mtime)
    print(attempt(lambda: f.write(b'x')))
print(attempt(lambda: f.read()))
empty = io.BytesIO()
with gzip.GzipFile(fileobj=empty, mode='wb', mtime=0):
    pass
print(gzip.decompress(empty.getvalue()), abs(struct.unpack('<L', gzip.compress(b'now')[4:8])[0] - __import__('time').time()) < 100)

try:
    with gzip.open(PATH, 'wt', encoding='utf-8') as t:
        t.write('héllo\nwörld\n')
    with open(PATH, 'rb') as raw:
        head = raw.read(32)
    print(head[3], head[10:head.index(b'\0', 10)])
    with gzip.open(PATH, 'rt', encoding='utf-8') as t:
        print(t.readlines())
    with gzip.open(PATH, 'ab') as b:
        b.write(b'appended\n')
    with gzip.open(PATH) as b:
        print(b.name == PATH, b.mode, b.read())
    with gzip.GzipFile(PATH, 'rb') as g:
        print(g.read(5), g.name == PATH)
    with gzip.open(PATH, 'wb', compresslevel=1) as b:
        b.write(data)
    with open(PATH, 'rb') as raw:
        print(gzip.decompress(raw.read()) == data)
finally:
    if os.path.exists(PATH):
        os.remove(PATH)

print(attempt(lambda: gzip.open(PATH, 'rbt')))
print(attempt(lambda: gzip.open(PATH, 'rb', encoding='utf-8')))
print(attempt(lambda: gzip.open(12.5)))
print(attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z')))
print(attempt(lambda: gzip.GzipFile(fileobj=io.BytesIO(b'junk')).read()))
