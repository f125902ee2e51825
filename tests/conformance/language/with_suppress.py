class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            self.caught = exc
            return True
        return None

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after first with", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("done")
