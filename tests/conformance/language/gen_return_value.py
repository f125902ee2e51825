def g():
    yield 1
    return "the end"

def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

print(collect(g()))
def no_return():
    yield 1
print(collect(no_return()))
def tree_sum(node):
    total = node[0]
    for child in node[1:]:
        total += yield from tree_sum(child)
    yield f"visited {node[0]}"
    return total
def run(node):
    gen = tree_sum(node)
    log = []
    try:
        while True:
            log.append(next(gen))
    except StopIteration as s:
        return log, s.value
print(run((1, (2,), (3, (4,)))))
