# numbers (the ABC tower and registration), reprlib (limits, recursive_repr), graphlib (ordering, errors).
import numbers
import reprlib
import graphlib
from fractions import Fraction

for value in [True, 3, 2.5, 1j, Fraction(1, 3), 'x', None]:
    print(repr(value), [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                                  numbers.Rational, numbers.Integral)
                        if isinstance(value, cls)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Integral))
print(numbers.Integral.__mro__[1:4])


class Meters(numbers.Real):
    pass

try:
    Meters()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])


class Tiny(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f'Tiny({self.v})'
for name in ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__',
             '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__',
             '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__',
             '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__',
             '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__', '__trunc__',
             '__xor__']:
    setattr(Tiny, name, lambda self, *a: NotImplemented)
Tiny.__abstractmethods__ = frozenset()
t = Tiny(7)
print(t.numerator, t.denominator, float(t), t.__index__(), t.real, t.imag, complex(t))
print(numbers.Number.__hash__, numbers.Complex.__bool__(1j))

# reprlib
print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr('a' * 50), reprlib.repr('short'))
print(reprlib.repr(2 ** 200))
print(reprlib.repr({n: str(n) for n in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()))
print(reprlib.repr([[[[[[[['deep']]]]]]]]))
print(reprlib.repr({'k': [1, {2: (3, [4])}]}))
r = reprlib.Repr(maxlist=3, maxstring=10, fillvalue='~')
print(r.repr(list(range(10))), r.repr('abcdefghijklmno'), r.maxdict, r.maxlevel)
r2 = reprlib.Repr(indent=2)
print(r2.repr([1, [2, 3], {'a': 4}]))
try:
    reprlib.Repr(indent=-1).repr([1])
except ValueError as e:
    print('ValueError', e)
try:
    reprlib.Repr(indent=2.0).repr([1])
except TypeError as e:
    print('TypeError', e)


class Broken:
    def __repr__(self):
        return 'B' * 100
print(reprlib.repr(Broken()))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.name}, {self.children})'

    @reprlib.recursive_repr('<loop>')
    def describe(self):
        return f'{self.name}:{[c.describe() for c in self.children]}'

a = Node('a')
a.children.append(Node('b'))
a.children.append(a)
print(a, Node.__repr__.__name__, Node.__repr__.__qualname__)
print(a.describe())

# graphlib
ts = graphlib.TopologicalSorter({'d': ['b', 'c'], 'b': ['a'], 'c': ['a']})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('test', 'build')
ts.prepare()
steps = []
while ts:
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, ts.is_active())
for action in ['add', 'prepare']:
    try:
        getattr(ts, action)('x') if action == 'add' else ts.prepare()
    except ValueError as e:
        print('ValueError', e)
fresh = graphlib.TopologicalSorter({1: [2]})
for call in [fresh.get_ready, fresh.is_active, lambda: fresh.done(1)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
fresh.prepare()
for node in [3, 1]:
    try:
        fresh.done(node)
    except ValueError as e:
        print('ValueError', e)
fresh.get_ready()
fresh.done(2)
try:
    fresh.done(2)
except ValueError as e:
    print('ValueError', e)
try:
    graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1], 4: []}).prepare()
except graphlib.CycleError as e:
    print('CycleError', e.args, isinstance(e, ValueError))
print(graphlib.TopologicalSorter[int])
