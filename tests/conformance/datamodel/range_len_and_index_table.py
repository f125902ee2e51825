for args in [(0,), (5,), (-5,), (1, 10), (10, 1), (1, 10, 3), (10, 1, -3), (0, 100, 7), (-10, 10, 4), (5, 5), (0, 1, 10**20)]:
    r = range(*args)
    print(args, len(r), list(r)[:5], r[0] if r else None, r[-1] if r else None, bool(r))
big = range(-10**30, 10**30, 10**10)
print(big[0], big[-1], big[10], (10**20) in big, (10**20 + 1) in big, big.index(0), big[::-1][0] == big[-1])
