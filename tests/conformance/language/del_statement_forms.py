a = [1, 2, 3, 4, 5]
del a[1], a[-1]
print(a)
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
nested = {"outer": {"inner": 1, "keep": 2}}
del nested["outer"]["inner"]
print(nested)
class C:
    def __init__(self):
        self.a, self.b = 1, 2
c = C()
del c.a, c.b
print(vars(c))
z = [10, 20]
del [z[0]]
print(z)
def f():
    local = 1
    del local
    return locals()
print(f())
try:
    del undefined_name_here
except NameError as e:
    print(type(e).__name__, e)
