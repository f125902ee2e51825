nums = [1, 2, 3, 4]
gen = (n * n for n in nums if n % 2 == 0)
print(type(gen).__name__, list(gen), list(gen))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(list((i, j) for i in range(3) for j in range(i)))
# The first iterable is evaluated immediately; the rest lazily.
def source():
    print("source evaluated")
    return [1, 2]
g = (x for x in source())
print("generator created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print(",".join(str(i) for i in range(4)))
