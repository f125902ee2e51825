class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return type(self).__qualname__
        def method(self):
            return "inner method"
    def make_inner(self):
        return self.Inner()

print(Outer.Inner.__qualname__, Outer.Inner.Deepest().where())
print(Outer().make_inner().method(), Outer.Inner.method.__qualname__)
print(repr(Outer.Inner))
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, repr(factory()).split(" at ")[0])
