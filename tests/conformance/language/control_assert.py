def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
assert True, 1 / 0
print("message not evaluated when assertion passes")
try:
    assert (1, "tuple is truthy")
    print("non-empty tuple passes")
except AssertionError:
    print("unreachable")
