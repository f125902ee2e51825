# Sorting: list.sort and sorted with key functions (lambda, a named function, tuple keys),
# reverse=True, stability across successive sorts, sorting strings and records, and min/max with
# key. Most time is in key calls and comparisons of ints, strings and tuples.


class Record:
    def __init__(self, ident, name, score, group):
        self.ident = ident
        self.name = name
        self.score = score
        self.group = group


def make_records(n):
    records = []
    seed = 2024
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        name = "n" + str(seed % 5003)
        records.append(Record(i, name, seed % 1000, seed % 13))
    return records


def by_score(r):
    return r.score


def checksum(records):
    h = 0
    for r in records:
        h = (h * 131 + r.ident) % 1000000007
    return h


records = make_records(40000)
results = []
for _ in range(3):
    a = sorted(records, key=by_score)
    results.append(checksum(a))
    b = sorted(records, key=lambda r: (r.group, -r.score, r.name))
    results.append(checksum(b))
    c = list(records)
    c.sort(key=lambda r: r.name, reverse=True)
    c.sort(key=lambda r: r.group)  # stable: names stay descending inside each group
    results.append(checksum(c))
    names = sorted([r.name for r in records])
    results.append(len(names[0]) + len(names[-1]))
    ints = [r.score * 13 + r.group for r in records]
    ints.sort()
    results.append(ints[len(ints) // 2])
best = max(records, key=lambda r: (r.score, r.ident))
worst = min(records, key=lambda r: (r.score, -r.ident))
print("sorts", results[:5])
print("same", len(set(results)), best.ident, worst.ident)
