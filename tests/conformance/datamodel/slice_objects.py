s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(7), slice(100, -100, -1).indices(4))
print("abcdefghijk"[s], list(range(20))[slice(None, None, 5)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[slice("a", "b")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(type(s).__name__)
