e = ValueError("a", "b")
e.args = ("replaced",)
print(e, e.args)
e.custom = 5
print(e.custom)
k = KeyError("x")
print(str(k), repr(k))
k.args = ()
print(repr(str(k)))
class Rich(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __repr__(self):
        return f"Rich({self.args[0]!r}, code={self.code})"
r = Rich("oops", code=7)
print(r, repr(r), r.args)
try:
    raise r
except Rich as caught:
    print(caught is r, caught.code)
print(BaseException("x").with_traceback(None).args)
