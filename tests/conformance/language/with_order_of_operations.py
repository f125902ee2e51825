log = []
class Tracked:
    def __init__(self, name):
        log.append(f"init {name}")
        self.name = name
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, *exc):
        log.append(f"exit {self.name}")

def make(name):
    log.append(f"make {name}")
    return Tracked(name)

with make("outer") as o, make("inner") as i:
    log.append("body")
print("\n".join(log))
class Special:
    def __enter__(self):
        return "looked up on the type"
    def __exit__(self, *a):
        return False
s = Special()
s.__enter__ = lambda: "instance attribute ignored"
with s as value:
    print(value)
