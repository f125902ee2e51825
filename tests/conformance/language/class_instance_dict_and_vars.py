class P:
    species = "human"
    def __init__(self, name):
        self.name = name

p = P("ann")
print(vars(p), p.__dict__ is vars(p))
p.__dict__["age"] = 30
print(p.age, sorted(vars(p)))
setattr(p, "city", "Oslo")
print(getattr(p, "city"), getattr(p, "zip", None), hasattr(p, "species"))
delattr(p, "city")
print(hasattr(p, "city"))
try:
    getattr(p, "zip")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(P.__dict__).__name__, "species" in P.__dict__, "name" in dir(p), "species" in dir(p))
print(p.__class__ is P, p.__class__.__name__, P.__class__)
