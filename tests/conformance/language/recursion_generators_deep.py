import sys
sys.setrecursionlimit(5000)

def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)

print(list(chain(1000)))
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(2000)))
def deep_send(n):
    if n == 0:
        received = yield "ready"
        return received * 2
    result = yield from deep_send(n - 1)
    return result + 1
g = deep_send(500)
print(next(g))
try:
    g.send(10)
except StopIteration as e:
    print("result", e.value)
