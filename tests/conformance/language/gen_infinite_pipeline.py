def naturals():
    n = 1
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def where(pred, it):
    for x in it:
        if pred(x):
            yield x

def mapped(fn, it):
    for x in it:
        yield fn(x)

pipeline = take(5, mapped(lambda x: x * x, where(lambda x: x % 3 == 0, naturals())))
print(list(pipeline))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(10, primes())))
