# Closures and higher-order functions: counters with nonlocal state, function factories, function
# composition, decorators that wrap calls, lambdas passed to map and filter, and functools-free
# memoisation through a closed-over dict.


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def compose(f, g):
    return lambda x: f(g(x))


def adder(n):
    def add(x):
        return x + n
    return add


def calls_counted(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)
    wrapper.calls = calls
    return wrapper


def memoize(fn):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return lookup


@memoize
def partitions(n):
    # Number of ways to write n as a sum of distinct positive parts; the recursive helper is a
    # closure made anew for each n, and only the outer function is memoised.
    def count(total, limit):
        if total == 0:
            return 1
        if limit == 0:
            return 0
        result = count(total, limit - 1)
        if limit <= total:
            result += count(total - limit, limit - 1)
        return result
    return count(n, n)


@calls_counted
def weigh(a, b):
    return a * 3 + b


counters = [make_counter(k) for k in range(1, 6)]
total = 0
for i in range(150000):
    total += counters[i % 5]()
pipeline = compose(adder(3), compose(lambda x: x * 2, adder(-1)))
mapped = sum(map(pipeline, range(500000)))
kept = len(list(filter(lambda x: x % 3 == 0, map(adder(7), range(500000)))))
weighed = 0
for i in range(150000):
    weighed = weigh(weighed % 1000, i)
parts = [partitions(n) for n in range(1, 50)]
print("counters", total, [c() for c in counters])
print("mapped", mapped, "kept", kept)
print("weighed", weighed, weigh.calls[0])
print("partitions", parts[-1], sum(parts))
