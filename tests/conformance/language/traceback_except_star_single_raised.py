import sys
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyboardInterrupt("stop")
except BaseExceptionGroup as g:
    print(type(g).__name__, repr(g))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise RuntimeError(4)
except Exception as g:
    print(type(g).__name__, repr(g))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError(4)
    except* KeyError:
        raise RuntimeError(5)
except Exception as g:
    print(type(g).__name__, repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise SystemExit(4)
except BaseExceptionGroup as g:
    print(type(g).__name__, repr(g), repr(g.exceptions[0].__context__))
