import sys
try:
    try:
        raise ExceptionGroup("x", [KeyError(1)])
    except* ValueError:
        pass
except ExceptionGroup as g:
    print("caught", repr(sys.exception()))
print("after", sys.exception())
def f():
    try:
        raise ExceptionGroup("y", [KeyError(1), ValueError(2)])
    except* ValueError:
        print("in handler", repr(sys.exception()))
try:
    f()
except ExceptionGroup:
    pass
print("after2", sys.exception())
try:
    try:
        raise ExceptionGroup("z", [KeyError(1)])
    except* KeyError:
        print("handled all")
    print("inside", sys.exception())
except Exception:
    pass
print("after3", sys.exception())
try:
    raise TypeError
except* TypeError as g:
    import sys
    print(g.__traceback__, sys.exception() is g, repr(sys.exception()))
