import collections, types, inspect, string, textwrap, pprint, functools, weakref, abc, copy, operator
class UD(collections.UserDict):
    def __missing__(self, k): return f"missing {k}"
u = UD(a=1); print(u["a"], u["zz"], len(u), u, "a" in u, u.data)
class UL(collections.UserList):
    def append(self, x): super().append(x * 2)
ul = UL([1]); ul.append(5); print(ul, ul + [1], type(ul + [1]).__name__, ul[0:1], type(ul[0:1]).__name__)
class US(collections.UserString): pass
print(US("abc").upper(), type(US("abc").upper()).__name__, US("x") + "y")
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
class K:
    def m(self, x): return x
bm = types.MethodType(lambda self, y: y * 2, K())
try:
    types.MethodType(1, 2)
except TypeError as e:
    print(e)
print(bm(4), type(bm).__name__, isinstance(K().m, types.MethodType), types.FunctionType, types.GeneratorType)
def sig(a, b: int = 2, *args, c, d="x", **kw) -> str: pass
s = inspect.signature(sig)
print(s, list(s.parameters), s.parameters["b"].default, s.parameters["c"].kind, s.return_annotation)
print(s.bind(1, c=3).arguments, s.bind_partial(1).arguments)
try:
    s.bind()
except TypeError as e:
    print(e)
print(inspect.signature(lambda x, /, y=1: 0), inspect.signature(functools.partial(sig, 1, c=2)))
class WithInit:
    def __init__(self, a, b=1): pass
print(inspect.signature(WithInit), inspect.isclass(WithInit), inspect.isfunction(sig), inspect.getdoc(WithInit))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(repr(e))
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello  world"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 10), textwrap.fill("a b c d e f", 5), repr(textwrap.dedent("  a\n   b\n")), textwrap.shorten("Hello world foo bar", 12), textwrap.indent("a\nb", "> "))
pprint.pprint({"z": list(range(30)), "a": {"nested": [1, 2, {"x": "y" * 30}]}, "m": (1, 2)})
print(pprint.pformat([1, 2], width=3))
class Obj: pass
o = Obj(); r = weakref.ref(o); print(r() is o, type(r).__name__)
wd = weakref.WeakValueDictionary(); wd["k"] = o; print("k" in wd, len(wd))
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @classmethod
    @abc.abstractmethod
    def g(cls): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    def f(self): return 1
    @classmethod
    def g(cls): return 2
print(Impl().f(), Impl.g(), isinstance(Impl(), Base), Base.__abstractmethods__ == frozenset({"f", "g"}))
Base.register(int); print(isinstance(3, Base), issubclass(int, Base))
print(operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.getitem({"a": 1}, "a"), operator.concat("a", "b"), operator.truth(0), operator.is_(None, None), operator.length_hint(iter([1, 2, 3])))
f = operator.attrgetter("a", "b"); print(f(types.SimpleNamespace(a=1, b=2)))
@functools.lru_cache
def h(x, y=1): return x + y
print(h(1), h(1, y=1), h(x=1), h.cache_info(), h.__wrapped__(5))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
p = functools.partial(h, y=10); print(p(1), p.keywords)
@functools.singledispatch
def area(s): raise NotImplementedError(type(s).__name__)
@area.register(int)
@area.register(float)
def _(s): return s * s
print(area(3), area(1.5))
try:
    area("x")
except NotImplementedError as e:
    print(e)
