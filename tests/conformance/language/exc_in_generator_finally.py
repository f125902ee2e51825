def g():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

try:
    for v in g():
        print("got", v)
        raise KeyError("loop body error")
except KeyError as e:
    print("caught", repr(e))
def gen_raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
h = gen_raises_in_finally()
next(h)
try:
    h.close()
except ValueError as e:
    print("close propagated", repr(e))
