class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self): return self.n
    def __contains__(self, x): print("contains", x); return 0 < x <= self.n
c = Countdown(3)
print(list(c), list(reversed(c)), 2 in c, sum(c), max(c), sorted(c), dict(zip(c, "abc")), len(c), [*c])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(Seq()), 4 in Seq(), list(iter(Seq())), list(enumerate(Seq(), 1)))
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        print("proxy get", name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        if name.startswith("_"): object.__setattr__(self, name, value)
        else: print("proxy set", name); setattr(self._t, name, value)
class T: pass
t = T(); p = Proxy(t); p.x = 5; print(p.x, t.x)
try:
    p.missing
except AttributeError as e:
    print(e)
class Frozen:
    __slots__ = ()
    def __setattr__(self, k, v): raise AttributeError(f"{type(self).__name__} is immutable")
try:
    Frozen().a = 1
except AttributeError as e:
    print(e)
class Temp:
    def __init__(self): self._c = 0
    celsius = property(lambda s: s._c, lambda s, v: setattr(s, "_c", v), doc="deg C")
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self._c = (f - 32) * 5 / 9
t = Temp(); t.fahrenheit = 212; print(t.celsius, Temp.celsius.__doc__, t.fahrenheit)
class Base:
    @property
    def val(self): return "base"
class Der(Base):
    @Base.val.getter
    def val(self): return "der+" + super().val
print(Der().val)
import operator
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + o.cents) if isinstance(o, Money) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __lt__(self, o): return self.cents < o.cents
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec): return format(str(self), spec)
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents
    def __index__(self): return self.cents
    def __round__(self, n=None): return Money(round(self.cents, -2))
ms = [Money(150), Money(99), Money(1000)]
print(sum(ms), sorted(ms), min(ms), f"{Money(5):>8}|", str(Money(1234)), bool(Money(0)), int(Money(7)), hex(Money(255)), [1, 2, 3][Money(1)], round(Money(149)), {Money(1), Money(1)})
print(operator.index(Money(3)), range(10)[Money(2):Money(5)], "ab" * Money(2))
