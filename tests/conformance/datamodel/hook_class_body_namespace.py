class Namespace:
    a = 1
    b = a + 1
    items = [a, b]
    del a
    locals_keys = sorted(k for k in locals() if not k.startswith("__"))
    __module_name = __name__
    qual = __qualname__
print(Namespace.b, Namespace.items, hasattr(Namespace, "a"), Namespace.locals_keys, Namespace.qual)
print(Namespace._Namespace__module_name)
class Private:
    __secret = "mangled"
    def reveal(self):
        return self.__secret
    def _Private__other(self):
        return "defined with the mangled name"
    def call_other(self):
        return self.__other()
p = Private()
print(p.reveal(), p._Private__secret, p.call_other())
try:
    p.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class __Dunder__:
    __not_mangled__ = 1
print(__Dunder__.__not_mangled__)
class _Under:
    __x = 5
print(_Under._Under__x)
