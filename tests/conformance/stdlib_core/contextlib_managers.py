from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("v")
print("after swallow")

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)

with ExitStack() as stack:
    for name in "xyz":
        stack.enter_context(tag(name))
    stack.callback(print, "callback ran")
    print("body")

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
sink = Sink()
with redirect_stdout(sink):
    print("hidden")
print(repr("".join(sink.parts)))

@tag("deco")
def decorated():
    print("in decorated")
decorated()

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
