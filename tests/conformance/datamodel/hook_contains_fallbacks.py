class ByContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x == "yes"
class ByIter:
    def __iter__(self):
        print("__iter__")
        yield from [1, 2, 3]
class ByGetitem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError
        return i
print("yes" in ByContains(), "no" in ByContains(), "no" not in ByContains())
print(2 in ByIter(), 5 in ByIter())
print(1 in ByGetitem())
class ContainsNonBool:
    def __contains__(self, x):
        return [1]
print(1 in ContainsNonBool())
class NotContainer:
    pass
try:
    1 in NotContainer()
except TypeError as e:
    print(type(e).__name__, e)
