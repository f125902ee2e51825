def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__} "
                     f"context={type(e.__context__).__name__} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    return parts

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad") from z
except ValueError as e:
    for line in describe(e):
        print(line)
print("--")
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    for line in describe(e):
        print(line)
print("--")
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
print("--")
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(err.__suppress_context__, repr(err.__cause__))
