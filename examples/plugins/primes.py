"""CPU-heavy plugin: count the primes in a range with a segmented sieve, in pure Python.

    gilgrid map examples/plugins/primes.py:count_primes --input examples/inputs/ranges.jsonl --workers 2

Each input is [low, high]; each result is the number of primes p with low <= p < high.
"""


def small_primes(limit):
    """Primes below limit by the sieve of Eratosthenes."""
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\x00\x00"
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            sieve[n * n :: n] = bytes(len(range(n * n, limit, n)))
    return [n for n in range(limit) if sieve[n]]


def count_primes(low, high):
    if low < 0 or high < low:
        raise ValueError(f"bad range [{low}, {high})")
    segment = bytearray([1]) * (high - low)
    for p in small_primes(int(high ** 0.5) + 1):
        first = max(p * p, (low + p - 1) // p * p)
        for multiple in range(first, high, p):
            segment[multiple - low] = 0
    for n in range(low, min(high, 2)):
        segment[n - low] = 0
    return sum(segment)
