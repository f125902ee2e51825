log = []
def source(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i

def doubled(it):
    for x in it:
        log.append(f"double {x}")
        yield x * 2

pipeline = doubled(source(3))
print("nothing yet:", log)
print(next(pipeline))
print(log)
log.clear()
print(list(pipeline), log)
z = zip(source(2), "abc")
print(list(z))
m = map(lambda x: 1 / x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m))
