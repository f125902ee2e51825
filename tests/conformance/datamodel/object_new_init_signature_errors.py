class NoInit:
    pass
class WithInit:
    def __init__(self, x):
        self.x = x
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
class Both:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, *a, **k):
        pass
for call in ["NoInit(1)", "NoInit(a=1)", "WithInit()", "WithInit(1, 2)", "WithNew(1, 2)", "Both(1, k=2)", "object(1)",
             "object.__new__(WithInit, 1)", "object.__init__(WithInit(1), 1)", "object.__new__(1)", "object.__new__(int)", "type()", "type(1, 2)",
             "int.__new__(str)", "WithInit.__new__(WithInit)", "super(WithInit, WithInit(1)).__init__(5)"]:
    try:
        r = eval(call)
        print(call, "=", type(r).__name__)
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
