for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          KeyError("a", "b"), OSError(2, "No such file"), Exception(None), StopIteration(5)]:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e2 = StopIteration(7)
print(e2.value)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyError(3)
print(m, m.args, m.code, repr(m))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), n.args, str(n))
