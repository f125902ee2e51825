def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 999]:
    print(n, classify(n))
# Truthiness of common values.
for v in [0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, -0.0, 0j, (), set(), range(0), range(1)]:
    print(repr(v), "truthy" if v else "falsy")
