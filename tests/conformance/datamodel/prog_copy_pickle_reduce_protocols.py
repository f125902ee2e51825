import copy, pickle, collections, dataclasses, enum
@dataclasses.dataclass
class D:
    a: int
    b: list
d = D(1, [2]); d2 = copy.deepcopy(d); d2.b.append(3)
print(d, d2, copy.copy(d).b is d.b, pickle.loads(pickle.dumps(d)))
NT = collections.namedtuple("NT", "x y")
print(pickle.loads(pickle.dumps(NT(1, 2))), copy.deepcopy(NT([1], 2)))
class WithState:
    def __init__(self): self.a = 1; self.cache = "big"
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, s):
        self.__dict__.update(s); self.cache = "rebuilt"
w = pickle.loads(pickle.dumps(WithState())); print(vars(w), vars(copy.copy(WithState())))
class Slots:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
s = copy.deepcopy(Slots()); print(s.x, hasattr(s, "y"), pickle.loads(pickle.dumps(Slots())).x)
dd = collections.defaultdict(list, {"a": [1]}); print(copy.deepcopy(dd), pickle.loads(pickle.dumps(dd)))
od = collections.OrderedDict(b=1, a=2); print(copy.copy(od), pickle.loads(pickle.dumps(collections.Counter("aab"))))
class E(enum.Enum):
    A = 1
print(copy.deepcopy([E.A])[0] is E.A, pickle.loads(pickle.dumps({E.A: 1})))
print(pickle.loads(pickle.dumps((1, 2.5, "s", b"b", None, True, [1, {2: 3}], {4}, frozenset({5}), 10**30, 1+2j))))
a = [1]; b = [a, a]; c = copy.deepcopy(b); print(c[0] is c[1])
class R:
    def __reduce__(self): return (R2, (5,))
class R2:
    def __init__(self, v): self.v = v
print(pickle.loads(pickle.dumps(R())).v, copy.copy(R()).v)
try:
    pickle.dumps(lambda: 1)
except Exception as e:
    print(type(e).__name__)
import functools
print(pickle.loads(pickle.dumps(functools.partial(max, 1)))(5))
import pickle, functools
p = functools.partial(max, 1)
print(p.__reduce__())
d = pickle.dumps(p)
print(d)
q = pickle.loads(d)
print(q, q(5))
