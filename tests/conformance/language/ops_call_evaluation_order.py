def t(label, value=None):
    print("eval", label)
    return value if value is not None else label

def f(*args, **kwargs):
    return args, kwargs

print(f(t("a"), t("b"), k=t("c"), *[t("d")], **{"z": t("e")}))
print(t("left", 1) + t("right", 2) * t("mult", 3))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
obj = type("O", (), {})()
t("target", obj).attr = t("value")
x = [0, 0]
x[t("index", 1)] = t("assigned")
print(x)
print(t("cond", True) and t("second", 0) or t("third"))
