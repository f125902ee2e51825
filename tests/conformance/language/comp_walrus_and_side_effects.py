log = []
def traced(v):
    log.append(v)
    return v
result = [traced(x) for x in range(3) if traced(x * 10) >= 10]
print(result, log)
data = [5, 12, 7, 30]
print([y for x in data if (y := x * 2) > 20])
print(y)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print({k: v for k, v in sorted(counts.items())})
try:
    compile("[i := 0 for i in range(3)]", "<c>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
