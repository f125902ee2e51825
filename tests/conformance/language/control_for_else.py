def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out

print(primes(30))
for x in []:
    print("never")
else:
    print("else on empty loop")
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("completed")
for i, ch in enumerate("abc", start=1):
    pass
print("after loop:", i, ch)
for key in {"b": 1, "a": 2}:
    print(key)
