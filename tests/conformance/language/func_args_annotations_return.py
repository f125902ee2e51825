def area(w: float, h: float = 1.0) -> float:
    """Area of a rectangle."""
    return w * h

print(area(2, 3), area.__name__, area.__doc__, area.__qualname__)
print(area.__annotations__)
print(area.__code__.co_varnames, area.__code__.co_argcount)
print(area.__module__)
def no_ret(x):
    x + 1
print(no_ret(1))
def early(x):
    if x:
        return
    return "late"
print(early(1), early(0))
def multiple():
    return 1, 2
print(multiple(), type(multiple()).__name__)
