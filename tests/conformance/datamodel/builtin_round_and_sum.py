print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5), round(7, -1), round(-15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(123.456, -1))
print(sum([0.1] * 10), sum([1e16, 1.0, -1e16]), sum([0.1, 0.2, 0.3]) == 0.6, sum(x / 10 for x in range(11)))
print(sum([1, 2.5, 3]), sum([], 0.0), sum(range(101)), sum([[1], [2, 3]], start=[]), sum((1j, 2)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1e308, 1e308, -1e308]), sum([float("inf"), 1]), sum([2**64, 0.5]))
