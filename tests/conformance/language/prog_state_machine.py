TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("ready", "refund"): "idle",
    ("vending", "done"): "idle",
}

class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"event {event!r} not allowed in state {self.state!r}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old} --{event}--> {self.state}")

m = Machine()
for event in ["coin", "push", "done", "push", "coin", "refund"]:
    try:
        m.fire(event)
    except ValueError as e:
        print("rejected:", e)
print("\n".join(m.log))
print("final:", m.state)
