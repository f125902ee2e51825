s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], repr(s[3:3]))
lst = list(range(10))
print(lst[::3], lst[-1:-4:-1], lst[::-3])
t = tuple(lst)
print(t[2:4], type(t[2:4]).__name__)
print(range(10)[2:8:2], list(range(10)[::-4]))
print(b"bytes"[1:3], bytearray(b"xyz")[::-1])
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl)
print(slice(5).indices(3), slice(None, None, -1).indices(4))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
