import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s = io.StringIO("abcdef")
print(s.tell(), repr(s.read(2)))
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for fn in [lambda: f.read(), lambda: io.StringIO().write(5), lambda: io.StringIO(5), lambda: io.StringIO().seek(1, 1),
           lambda: io.BytesIO().write("x"), lambda: io.StringIO().seek(-1)]:
    try:
        print(fn())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"line1\nline2\n")
print(b.read(3), b.readline(), b.readlines(), b.tell())
b.seek(-3, 2)
print(b.read())
b = io.BytesIO()
b.write(b"abc")
b.write(b"def")
b.seek(1)
b.write(b"ZZ")
print(b.getvalue(), b.seek(0, 1), b.read(), len(b.getvalue()))
print(b.readable(), b.writable(), b.seekable(), b.isatty())


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("x", "y", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))
print(io.StringIO.__name__, io.BytesIO.__module__, issubclass(io.UnsupportedOperation, OSError))
