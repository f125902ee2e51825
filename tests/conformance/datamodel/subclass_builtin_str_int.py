class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ann")
print(n, repr(n), n.shout(), type(n).__name__, type(n.upper()).__name__, type(n + "x").__name__, n == "ann")
print(isinstance(n, str), len(n), n[0], type(n[0]).__name__, {n: 1}["ann"])
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, c * 2)
class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#b})"
f = Flags(5)
print(repr(f), f | 2, type(f | 2).__name__, f == 5, hash(f) == hash(5), f"{f}", str(f))
class Tagged(str):
    def __new__(cls, text, tag):
        obj = super().__new__(cls, text)
        obj.tag = tag
        return obj
t = Tagged("body", "p")
print(t, t.tag, t.upper())
class Upper(str):
    def __str__(self):
        return "custom str"
print(Upper("x"), str(Upper("x")), f"{Upper('x')}", "%s" % Upper("x"), Upper("x") + "")
