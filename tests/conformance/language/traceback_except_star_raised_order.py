def run():
    try:
        raise ExceptionGroup("many", [ValueError("v"), KeyError("k"), TypeError("t")])
    except* KeyError as eg:
        raise RuntimeError("from handler")
    except* TypeError:
        pass
try:
    run()
except ExceptionGroup as g:
    print(repr(g), [repr(x.__context__) for x in g.exceptions])
def run2():
    try:
        raise ExceptionGroup("many", [ValueError("v"), KeyError("k")])
    except* KeyError as eg:
        raise RuntimeError("from handler")
run2()
