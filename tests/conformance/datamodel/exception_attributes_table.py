e = OSError(2, "No such file", "a.txt")
print(e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e), type(e).__name__, e.args)
print(type(OSError(2, "x")).__name__, str(OSError(2, "x")), str(OSError("just one")), OSError().errno, str(OSError(1, 2, 3, 4, 5)))
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, FileNotFoundError(2, "nf", "p").filename)
k = KeyError("k")
print(str(k), repr(k), str(KeyError()), str(KeyError(1, 2)), str(IndexError("i")), str(ValueError()), repr(ValueError()))
s = StopIteration(5)
print(s.value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
u = UnicodeEncodeError("ascii", "hé", 1, 2, "ordinal not in range")
print(str(u), u.start, u.end, u.object, u.reason, u.encoding)
n = NameError("x is missing", name="x")
a = AttributeError("no attr", name="attr", obj=5)
i = ImportError("cannot import", name="mod", path="/p")
print(n.name, a.name, a.obj, i.name, i.path, i.msg, str(i), ImportError().msg)
ex = ValueError("base")
ex.add_note("first")
ex.add_note("second")
print(ex.__notes__, str(ex))
try:
    ex.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
tb_e = ValueError("t")
print(tb_e.with_traceback(None) is tb_e, tb_e.__traceback__, tb_e.__suppress_context__)
tb_e.__cause__ = KeyError("c")
print(tb_e.__suppress_context__, type(tb_e.__cause__).__name__)
try:
    tb_e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e2 = Exception("a", "b")
e2.args = ("replaced",)
print(e2, e2.args, Exception(*()).args, BaseException("x").__str__(), Exception.__new__(Exception, 1, 2).args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(7)
print(m, repr(m), m.args, m.code, isinstance(m, Exception))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
print(repr(NoSuperInit(1)), NoSuperInit(1).args, str(NoSuperInit(2)))
class AppIOError(OSError):
    def __init__(self, path):
        super().__init__(f"cannot read {path}")
        self.path = path
ae = AppIOError("/etc/x")
print(ae, ae.args, ae.errno, ae.path, type(AppIOError(2, "x") if False else ae).__name__)
class Passthrough(OSError):
    pass
pe = Passthrough(13, "denied", "f")
print(type(pe).__name__, pe, pe.args, pe.errno, pe.filename)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
except OSError as err:
    print(type(err).__name__, err, err.errno == 2, err.filename)
