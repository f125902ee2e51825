defaults = {"host": "localhost", "port": 80, "debug": False}
user = {"port": 8080, "debug": True}
env = {"debug": None}
merged = defaults | user | env
print(merged, defaults, {**defaults, **user}, dict(defaults, **user))
cfg = dict(defaults)
cfg |= user
cfg |= [("extra", 1)]
cfg.update({"port": 1}, host="h")
print(cfg)
class Tracking(dict):
    def __or__(self, other):
        print("Tracking.__or__")
        return Tracking(super().__or__(other))
    def __ror__(self, other):
        print("Tracking.__ror__")
        return Tracking(dict.__ror__(self, other))
t = Tracking(a=1)
r1 = t | {"b": 2}
r2 = {"c": 3} | t
print(type(r1).__name__, r1, type(r2).__name__, r2)
print(type(dict(a=1) | Tracking()).__name__)
for bad in [lambda: {} | [], lambda: [] | {}, lambda: {}.__ior__(5), lambda: {} + {}]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({}.__or__([]), {}.__ror__(1))
