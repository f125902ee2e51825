def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 12)], collatz(27))
stack = [1]
seen = []
while stack:
    n = stack.pop()
    if n in seen or n > 20:
        continue
    seen.append(n)
    stack.extend([n * 2, n * 3])
else:
    print("stack drained")
print(sorted(seen))
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative:", i)
        break
else:
    print("not reached")
