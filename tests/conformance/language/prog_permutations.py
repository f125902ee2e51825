def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest

def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail

def powerset(items):
    result = [[]]
    for x in items:
        result += [subset + [x] for subset in result]
    return result

print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)))
print(powerset([1, 2, 3]))
print(sum(1 for _ in permutations(list(range(6)))))
