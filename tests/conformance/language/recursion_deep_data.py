import sys
sys.setrecursionlimit(10000)

def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node

def length(node):
    return 0 if node is None else 1 + length(node[1])

print(length(build(5000)))

def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

deep = [0]
for i in range(1, 500):
    deep = [i, deep]
print(len(flatten(deep)), sum(flatten(deep)))
