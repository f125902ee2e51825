import traceback, sys
def lvl3():
    raise KeyError("deep")
def lvl2():
    try:
        lvl3()
    except KeyError as e:
        raise ValueError("mid") from e
def lvl1():
    try:
        lvl2()
    except ValueError:
        raise RuntimeError("top")
try:
    lvl1()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
    print(repr(e.__context__), repr(e.__context__.__cause__), e.__suppress_context__, e.__context__.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError as e:
        e.add_note("first note")
        e.add_note("second")
        raise
except ZeroDivisionError as e:
    print(e.__notes__)
    print(traceback.format_exception_only(e))
def raiser(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")
errors = []
for i in range(4):
    try:
        raiser(i)
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("batch", errors)
print(repr(eg), eg.exceptions, str(eg))
try:
    raise eg
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions], type(g).__name__)
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)])])
    except* ValueError as g:
        print("got", repr(g))
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ExceptionGroup("x", [KeyError(1)])
    except* ValueError:
        pass
except ExceptionGroup as g:
    print("unmatched passes through", repr(g))
try:
    raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
except Exception as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
try:
    try:
        raise TypeError("x")
    except* TypeError:
        raise KeyError("in handler")
except ExceptionGroup as g:
    print(repr(g), repr(g.exceptions[0].__context__))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
eg = ExceptionGroup("m", [ValueError("v"), TypeError("t"), ValueError("w")])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "missing")
except MyErr as e:
    print(e, repr(e), e.args)
    print(traceback.format_exception_only(e))
def finally_order():
    try:
        return "try"
    finally:
        print("finally runs")
print(finally_order())
def exc_in_else():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else"
    finally:
        print("fin")
print(exc_in_else())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
try:
    try:
        raise KeyError("a")
    finally:
        print("exc in flight:", repr(sys.exception()))
except KeyError:
    pass
print(sys.exception())
e = None
try:
    raise OSError(2, "No such file", "x.txt")
except OSError as e2:
    print(e2, e2.errno, e2.strerror, e2.filename, type(e2).__name__)
try:
    open("/nonexistent/zz")
except FileNotFoundError as e3:
    print(e3)
try:
    raise SystemExit(3)
except SystemExit as s:
    print(s.code)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(e, e.name)
class Ctx(Exception): pass
try:
    try:
        raise Ctx("a")
    except Ctx as e:
        raise Ctx("b") from None
except Ctx as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
