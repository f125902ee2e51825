def worker():
    while True:
        try:
            x = yield
            print("processing", x)
        except ValueError as e:
            print("worker handled", e)
            yield "recovered"

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(w)
except StopIteration:
    print("generator is finished after an unhandled throw")
def not_started():
    yield 1
g = not_started()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted generator:", e)
print(list(g))
