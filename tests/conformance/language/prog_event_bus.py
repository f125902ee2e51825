class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        results, errors = [], []
        for handler in self.handlers.get(event, []):
            try:
                results.append(handler(*args, **kwargs))
            except Exception as e:
                errors.append(e)
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {event!r}", errors)
        return results

bus = EventBus()

@bus.on("order")
def charge(order_id, amount):
    return f"charged {amount} for #{order_id}"

@bus.on("order")
def notify(order_id, amount):
    if amount > 100:
        raise ValueError("needs approval")
    return f"notified #{order_id}"

@bus.on("order")
def audit(order_id, amount):
    if order_id < 0:
        raise KeyError(order_id)
    return "audited"

print(bus.emit("order", 1, 50))
print(bus.emit("unknown"))
try:
    bus.emit("order", -1, 500)
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("key errors:", [repr(e) for e in eg.exceptions])
