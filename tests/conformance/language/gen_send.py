def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(avg.send(None))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
