def inner():
    raise LookupError("original")

def middle():
    try:
        inner()
    except LookupError:
        print("middle saw it, re-raising")
        raise

def outer():
    try:
        middle()
    except LookupError as e:
        print("outer caught:", e, "| context:", e.__context__)
        return e

e = outer()
tb = e.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth", depth)

def reraise_other():
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_other()
except Exception as e:
    print(type(e).__name__, e)
