import json

values = [
    None, True, False, 0, -17, 2**70, 1.0, 0.1, -2.5e-10, 1e22, 1e16, 123456789.125,
    "", "plain", "quote\" back\\ slash/", "\n\r\t\b\f\x00\x1f\x7f", "é ü ß", "日本", "\U0001f600",
    [], {}, [1, [2, [3, []]]], (1, 2), {"a": 1, "b": [1, 2, {"c": None}]},
    {"z": 1, "a": 2, "m": {"y": 1, "b": 2}},
    {1: "int key", 2.5: "float key", True: "bool key", None: "none key"},
]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))

doc = {"name": "gilgrid", "tags": ["a", "b"], "nested": {"empty_list": [], "empty_dict": {}, "n": [1, 2.5, None]}, "z": True}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps(doc, indent=4, separators=(",", " = ")))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, sort_keys=True))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({"k": "v"}, indent=None, separators=(";", "->")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot")


print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"c": 1 + 2j}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([1j]))

errors = [
    lambda: json.dumps({1, 2}),
    lambda: json.dumps(object()),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps([float("-inf")], allow_nan=False),
    lambda: json.dumps({1: 2, "a": 3}, sort_keys=True),
    lambda: json.dumps({"c": 1j}, cls=MyEncoder, default=None),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
shared = [1]
print(json.dumps([shared, shared]))


class IntSub(int):
    def __repr__(self):
        return "nope"


class FloatSub(float):
    def __repr__(self):
        return "nope"


print(json.dumps([IntSub(5), FloatSub(2.5)]))
print(json.dumps({"a": 1}, indent=3).split("\n"))
