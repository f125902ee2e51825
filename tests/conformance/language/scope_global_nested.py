x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
        return x
    inner()
    return x
print(outer(), x)
def declare_later():
    def inner():
        return y
    return inner
inner = declare_later()
try:
    inner()
except NameError as e:
    print(type(e).__name__, e)
y = "defined later"
print(inner())
def deleter():
    global x
    del x
deleter()
try:
    x
except NameError as e:
    print(type(e).__name__, e)
