class Event:
    __match_args__ = ("kind", "payload")
    def __init__(self, kind, payload=None):
        self.kind, self.payload = kind, payload
    def __repr__(self):
        return f"Event({self.kind!r}, {self.payload!r})"
class Bus:
    def __init__(self):
        self._subs = {}
    def on(self, kind):
        def deco(fn):
            self._subs.setdefault(kind, []).append(fn)
            return fn
        return deco
    def __iadd__(self, pair):
        kind, fn = pair
        self.on(kind)(fn)
        return self
    def __len__(self):
        return sum(map(len, self._subs.values()))
    def __contains__(self, kind):
        return bool(self._subs.get(kind))
    def emit(self, event):
        out = []
        for fn in self._subs.get(event.kind, []) + self._subs.get("*", []):
            try:
                out.append(fn(event))
            except Exception as e:
                out.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return out
bus = Bus()
@bus.on("save")
def audit(ev):
    return f"audit {ev.payload}"
@bus.on("*")
def catch_all(ev):
    match ev:
        case Event("save", {"path": p}):
            return f"saved to {p}"
        case Event(kind, None):
            return f"bare {kind}"
        case _:
            return "other"
def crash(ev):
    return ev.payload["missing"]
bus += ("save", crash)
print(len(bus), "save" in bus, "load" in bus)
for ev in [Event("save", {"path": "/tmp/a"}), Event("ping"), Event("load", [1])]:
    print(ev, bus.emit(ev))
