"""Natural logarithms in fixed point on Python ints, to any number of digits.

Shared by decimal (ln, log10, powers) and cmath (a correctly rounded log1p: the C library's
log1p is within an ulp, a Goldberg-style log1p on doubles is not as close).
"""
import math

GUARD = 10


def ln_fixed(m, w):
    """ln(m / 10**w) * 10**w for m > 0."""
    g = w + GUARD
    one = 10 ** g
    m *= 10 ** GUARD
    halvings = 0
    # Square roots bring m close to 1, where the atanh series converges fast: ln m = 2 atanh((m-1)/(m+1)).
    while abs(m - one) * 100 > one:
        m = math.isqrt(m * one)
        halvings += 1
    z = abs(m - one) * one // (m + one)  # the series runs on |z|: floor division of negatives never reaches 0
    z2 = z * z // one
    term, total, i = z, 0, 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    if m < one:
        total = -total
    return (2 * total << halvings) // 10 ** GUARD
