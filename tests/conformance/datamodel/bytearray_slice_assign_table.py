base = b"0123456789"
ops = [(slice(2, 5), b"AB"), (slice(0, 0), b"start"), (slice(10, 10), b"end"), (slice(None, None, 2), b"abcde"),
       (slice(8, 2, -2), b"xyz"), (slice(1, 9), b""), (slice(-3, None), [65, 66])]
for sl, value in ops:
    ba = bytearray(base)
    try:
        ba[sl] = value
        print(sl, value, ba)
    except (ValueError, TypeError) as e:
        print(sl, value, type(e).__name__, e)
ba = bytearray(base)
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
try:
    bytearray(base)[::2] = b"xy"
except ValueError as e:
    print(type(e).__name__, e)
