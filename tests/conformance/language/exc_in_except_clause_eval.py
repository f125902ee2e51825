def pick():
    print("evaluating the except clause")
    return KeyError

try:
    raise KeyError("x")
except pick() as e:
    print("caught", repr(e))
try:
    try:
        raise ValueError("y")
    except (TypeError, (KeyError, ValueError)) as e:
        print("nested tuple ok", e)
except TypeError as e:
    print("nested tuples are refused:", e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("z")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
handlers = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except handlers as e:
    print("tuple variable", type(e).__name__)
