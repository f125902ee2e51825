def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "scroll", "delta": int() as d} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll"}:
            return "scroll down"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "untyped mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "q", "shift": True, "alt": False},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 2},
    {"type": "resize"},
    {"width": 3},
    [("type", "click")],
]
for e in events:
    print(handle(e))
