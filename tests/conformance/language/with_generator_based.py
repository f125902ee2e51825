class contextmanager_like:
    """A tiny hand-written version of contextlib.contextmanager."""
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return _GeneratorCM(self.fn(*args))

class _GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

@contextmanager_like
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except KeyError as e:
        print("tag handled", repr(e))
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
with tag("span"):
    raise KeyError("x")
try:
    with tag("p"):
        raise ValueError("passes through")
except ValueError as e:
    print("outside got", e)
