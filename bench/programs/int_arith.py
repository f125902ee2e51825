# Integer arithmetic in tight loops: + - * // % << >> & ^, comparisons, while and for loops.
# Every value stays below 2**63, so this measures the small-int fast paths, not big integers.


def collatz(limit):
    total = 0
    best = 0
    longest = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x = x >> 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
            best = n
        n += 1
    return total, best, longest


def digit_sum(limit):
    s = 0
    for i in range(limit):
        x = i
        while x:
            s += x % 10
            x //= 10
    return s


def lcg_mix(rounds):
    seed = 12345
    acc = 0
    for i in range(rounds):
        seed = (seed * 1103515245 + 12345) % 2147483648
        acc ^= seed >> (i % 7)
        acc = (acc << 1) & 0xFFFFFFFF
    return acc


def gcd_sum(limit):
    s = 0
    for a in range(1, limit):
        b = limit - a
        x, y = a, b
        while y:
            x, y = y, x % y
        s += x
    return s


print("collatz", collatz(30000))
print("digits", digit_sum(60000))
print("lcg", lcg_mix(200000))
print("gcd", gcd_sum(30000))
