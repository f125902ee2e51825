def t(name, value):
    print("eval", name)
    return value

print(t("a", 0) or t("b", "") or t("c", "last"))
print(t("a", 1) and t("b", [1]) and t("c", 0) and t("d", 5))
print(t("x", []) and t("y", 1))
print(not 0, not [1], not None, not not "s")
print(1 or 1 / 0, 0 and 1 / 0)
print([] or {}, "" and 5, None or 0)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6, 1 < 2 < 3 < 4 > 0)
print(t("p", 1) < t("q", 0) < t("r", 2))
