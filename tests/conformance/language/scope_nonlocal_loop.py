def run():
    results = []
    state = 0
    def step():
        nonlocal state
        state += 1
        results.append(state)
    for _ in range(4):
        step()
    return results, state

print(run())

def make_stack():
    items = []
    size = 0
    def push(v):
        nonlocal size
        items.append(v)
        size += 1
    def pop():
        nonlocal size
        size -= 1
        return items.pop()
    def count():
        return size
    return push, pop, count

push, pop, count = make_stack()
push("a"); push("b")
print(pop(), count())
