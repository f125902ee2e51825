class Careful:
    def __init__(self):
        self.data = {"x": 1}
    def __getattr__(self, name):
        # Accessing self.data inside __getattr__ is safe only once data exists.
        if name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
c = Careful()
print(c.x)
try:
    c.y
except AttributeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
bare = Careful.__new__(Careful)
try:
    bare.x
except AttributeError as e:
    print(type(e).__name__, e)
class Default:
    def __getattr__(self, name):
        return None
d = Default()
print(d.anything, getattr(d, "x", "ignored"), hasattr(d, "y"), d.__class__.__name__)
try:
    d.__len__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
