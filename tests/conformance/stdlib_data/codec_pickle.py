import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**70, -2**70, 1.5, -0.0,
          "", "abc", "héllo €", "a\nb\\c", b"", b"bytes", (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, "a", None],
          {}, {"a": [1, 2], "b": {"c": (3,)}}, set(), {3}, frozenset(), frozenset({1}), list(range(1005))]
for proto in range(0, 6):
    for v in values:
        if proto < 3 and isinstance(v, bytes):
            continue
        if proto < 4 and isinstance(v, (set, frozenset)):
            continue
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        if len(data) < 80:
            print(proto, repr(v)[:40], data, ok)
        else:
            print(proto, repr(v)[:40], len(data), ok)
shared = [1, 2]
obj = [shared, shared, {"k": shared}]
data = pickle.dumps(obj)
print(data)
back = pickle.loads(data)
print(back, back[0] is back[1], back[2]["k"] is back[0])
rec = []
rec.append(rec)
r = pickle.loads(pickle.dumps(rec))
print(r[0] is r, pickle.dumps(rec))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Custom, (self.v * 2,))


p = Point(1, "two")
print(pickle.dumps(p), pickle.loads(pickle.dumps(p)) == p, pickle.dumps([p, p]))
print(pickle.dumps(p, protocol=2))
c = pickle.loads(pickle.dumps(Custom(21)))
print(c.v, pickle.dumps(Custom(1)))
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.dumps(len))
print(pickle.loads(b"\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01e."), pickle.loads(b"(lp0\nI1\naVa\np1\na."))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for f in [lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b"junk"), lambda: pickle.loads("str"), lambda: pickle.dumps(1, protocol=6),
          lambda: pickle.dumps((x for x in []))]:
    try:
        print(f())
    except (pickle.PickleError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
