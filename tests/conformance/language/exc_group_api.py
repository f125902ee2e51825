eg = ExceptionGroup("batch", [ValueError("x"), TypeError("y"), ValueError("z")])
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions)
print(eg.subgroup(KeyError))
print(eg.subgroup(lambda e: str(e) in "xz").exceptions)
derived = eg.derive([KeyError("new")])
print(type(derived).__name__, derived.message, derived.exceptions)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
b = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b).__name__)
c = BaseExceptionGroup("ok", [ValueError()])
print(type(c).__name__)
