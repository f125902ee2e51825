def pos(a, b, /, c, *, d):
    return a, b, c, d

print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)

def kwargs_with_same_name(name, /, **kw):
    return name, kw

print(kwargs_with_same_name("pos", name="kw"))

def defaults(a, b=2, /, c=3):
    return a, b, c

print(defaults(1), defaults(1, 5), defaults(1, c=9))
try:
    defaults()
except TypeError as e:
    print(e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
print(pos.__code__.co_posonlyargcount, pos.__code__.co_kwonlyargcount, pos.__code__.co_argcount)
