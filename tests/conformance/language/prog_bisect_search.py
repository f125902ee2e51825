def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def binary_search(a, x):
    i = bisect_left(a, x)
    return i if i < len(a) and a[i] == x else -1

data = [1, 3, 3, 5, 8, 13, 21]
print([bisect_left(data, x) for x in [0, 1, 3, 4, 21, 22]])
print([binary_search(data, x) for x in [3, 4, 21, -1]])
def insort(a, x):
    a.insert(bisect_left(a, x), x)
items = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(items, v)
print(items)
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print(isqrt(10**20), isqrt(99), isqrt(0), isqrt(2**101))
