log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "returned"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")

for mode in ["raise", "return", "normal"]:
    log.clear()
    print(mode, f(mode), log)

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "finally return wins"
print(finally_swallows())

def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    finally_raises()
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
