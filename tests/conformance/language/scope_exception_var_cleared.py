e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", type(e).__name__)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)

def g():
    saved = None
    try:
        {}["k"]
    except KeyError as exc:
        saved = exc
    return repr(saved)
print(g())
