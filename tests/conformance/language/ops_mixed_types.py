print(1 + True, 1.5 + True, 2 * False, True / 2, type(True + True).__name__)
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1j, 1 + 1j - 1)
print([1] * 3, 3 * "ab", (0,) * 2, "-" * 0, [] * 5, "x" * -1)
print("5" + str(5), int("5") + 5)
for expr in ["'a' + 1", "[1] + 'a'", "{} + {}", "None * 2", "'a' - 'b'", "[] * 2.0", "1 @ 2", "{1} + {2}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, {1, 2} ^ {2, 3})
print({"a": 1} | {"b": 2}, [1, 2] == [1, 2.0], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print(e)
