for target, name in [(int, "x"), (str, "y"), (list, "append"), (object, "z"), (type, "w"), (dict, "get")]:
    try:
        setattr(target, name, 1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__add__ = lambda a, b: 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = float
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".new_attribute = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len.__name__ = "length"
except AttributeError as e:
    print(type(e).__name__, e)
print(int.__add__(2, 3), str.upper("x"), list.__len__([1, 2]))
class Mine:
    pass
Mine.added = "user classes are mutable"
print(Mine.added)
