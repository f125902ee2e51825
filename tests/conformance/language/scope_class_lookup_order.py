a = "global a"
def f():
    a = "enclosing a"
    class K:
        print("in class body:", a)
        a = "class a"
        print("after assignment:", a)
        def m(self):
            return a
    return K

print(f()().m())

def g():
    b = "enclosing b"
    class K:
        b = "class b"
        def m(self):
            return b
    return K
print(g()().m())

class Top:
    name = "Top"
    class Nested:
        try:
            got = name
        except NameError as e:
            got = f"NameError: {e}"
print(Top.Nested.got)
