def f(a, b=2):
    c = a + b
    return sorted(locals().items())

print(f(1))
g_value = 5
print("g_value" in globals(), globals()["g_value"])
def nested():
    z = 1
    def inner():
        return z
    inner()
    return sorted(locals())
print(nested())
class K:
    p = 1
    q = 2
    keys = sorted(k for k in locals() if not k.startswith("__"))
print(K.keys)
