# Generators and comprehensions: generator functions with state, `yield from` delegation, a lazy
# pipeline of generator expressions, list/dict/set comprehensions (nested ones too), and the
# consumers sum, any, all, enumerate, zip and the iterator protocol by hand (iter/next).


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def primes():
    found = []
    for n in naturals(2):
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def make_tree(depth, seed):
    if depth == 0:
        return [seed, seed + 1]
    return [make_tree(depth - 1, seed * 2), seed, make_tree(depth - 1, seed * 2 + 1)]


def pipeline(n):
    squares = (x * x for x in range(n))
    odd = (x for x in squares if x % 2)
    shifted = (x - 1 for x in odd)
    return sum(shifted)


def comprehensions(n):
    grid = [[(i * j) % 7 for j in range(40)] for i in range(n)]
    rows = {i: sum(row) for i, row in enumerate(grid)}
    values = {v for row in grid for v in row if v}
    pairs = [(a, b) for a, b in zip(range(n), reversed(range(n))) if a < b]
    return sum(rows.values()), len(values), len(pairs)


def manual_iteration(n):
    it = iter(range(n))
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            break
    return total


prime_list = list(take(12000, primes()))
print("primes", len(prime_list), prime_list[-1], sum(prime_list))
leaves = list(flatten(make_tree(14, 1)))
print("tree", len(leaves), sum(leaves), any(x > 10**6 for x in leaves), all(x > 0 for x in leaves))
print("pipeline", pipeline(1000000))
print("comprehensions", comprehensions(8000))
print("manual", manual_iteration(600000))
