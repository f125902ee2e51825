class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append(f"exit {et.__name__ if et else None} tb={tb is not None}")
        return False
t = Timer()
with t:
    pass
try:
    with t:
        raise IndexError
except IndexError:
    pass
print(t.events)
class ExitSeesTraceback:
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        print(type(ev).__name__, ev.__traceback__ is tb, tb.tb_lineno)
        return True
with ExitSeesTraceback():
    raise KeyError("x")
print("suppressed")
