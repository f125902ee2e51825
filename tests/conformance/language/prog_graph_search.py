GRAPH = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}

def bfs(start):
    order, queue, seen = [], [start], {start}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(GRAPH[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in sorted(GRAPH[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(start):
    dist = {start: 0}
    prev = {}
    todo = set(GRAPH)
    while todo:
        node = min((n for n in todo if n in dist), key=lambda n: (dist[n], n), default=None)
        if node is None:
            break
        todo.remove(node)
        for nxt, w in GRAPH[node].items():
            if dist[node] + w < dist.get(nxt, float("inf")):
                dist[nxt] = dist[node] + w
                prev[nxt] = node
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

print(bfs("A"), dfs("A"))
dist, prev = dijkstra("A")
print(sorted(dist.items()))
print(path(prev, "F"))
