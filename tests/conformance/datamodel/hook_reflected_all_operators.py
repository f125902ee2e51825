class R:
    def __repr__(self):
        return "R"
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]:
    setattr(R, f"__r{name}__", (lambda n: lambda self, other: f"__r{n}__({other!r})")(name))
r = R()
print(1 + r, 1 - r, 1 * r, 1 / r, 1 // r, 1 % r, 1 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, 1 @ r, divmod(1, r))
print("s" + r, [1] * r if False else "skip", pow(2, r))
try:
    r + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    -r
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
