chunks = ["alpha", "beta", "", "gamma"]
it = iter(chunks)
collected = []
while chunk := next(it):
    collected.append(chunk.upper())
print(collected)
numbers = [4, 9, 16, 25, 2]
roots = {n: r for n in numbers if (r := int(n ** 0.5)) ** 2 == n}
print(roots)
if (match := [n for n in numbers if n > 10]) and len(match) > 1:
    print("several:", match)
print(any((found := n) > 10 for n in numbers), found)
def stats(data):
    return {"n": (n := len(data)), "mean": (s := sum(data)) / n, "sum": s}
print(stats([1, 2, 3, 6]))
