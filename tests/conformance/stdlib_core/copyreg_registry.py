import copyreg
import pickle
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point, complex in copyreg.dispatch_table)
print(copyreg.dispatch_table[complex](3 + 4j), copyreg.pickle_complex(1j))
print(copyreg.pickle_union(int | str)[1][1])
for label, f in [('pickle non-callable', lambda: copyreg.pickle(Point, 5)),
                 ('constructor non-callable', lambda: copyreg.constructor(5))]:
    try:
        f()
    except TypeError as e:
        print(label, e)
copyreg.constructor(Point)


class Num(int):
    pass


n = Num(7)
n.tag = 'seven'
reduced = copyreg._reduce_ex(n, 1)
print(reduced[0] is copyreg._reconstructor, reduced[1], reduced[2])
rebuilt = copyreg._reconstructor(*reduced[1])
print(type(rebuilt).__name__, rebuilt)
plain = copyreg._reduce_ex(Point(1, 2), 0)
print(plain[1][1], plain[2])
print(copyreg._reconstructor(Point, object, None).__class__.__name__)
try:
    copyreg._reduce_ex(5, 0)
except TypeError as e:
    print('TypeError', e)


class Slotted:
    __slots__ = ('a', '__b')


class More(Slotted):
    __slots__ = ['c']


class Named:
    __slots__ = 'only'


print(copyreg._slotnames(More), More.__slotnames__, copyreg._slotnames(Named), copyreg._slotnames(Point))
try:
    copyreg._reduce_ex(Slotted(), 0)
except TypeError as e:
    print('TypeError', e)
print(copyreg.__newobj__(Num, 3), type(copyreg.__newobj__(Num, 3)).__name__, copyreg.__newobj_ex__(Num, (4,), {}))

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
for label, f in [('range', lambda: copyreg.add_extension('m', 'n', 0)),
                 ('range high', lambda: copyreg.add_extension('m', 'n', 2 ** 31)),
                 ('key again', lambda: copyreg.add_extension('mod', 'name', 241)),
                 ('code again', lambda: copyreg.add_extension('other', 'name', 240)),
                 ('remove wrong', lambda: copyreg.remove_extension('mod', 'name', 241))]:
    try:
        f()
    except ValueError as e:
        print(label, e)
copyreg._extension_cache[240] = 'cached'
copyreg.remove_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[1] = 'x'
copyreg.clear_extension_cache()
print(copyreg._extension_cache, copyreg.__all__)
