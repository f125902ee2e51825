# array: every typecode's storage and ranges, the sequence protocol, bytes round trips, byteswap,
# unicode arrays, slicing and slice assignment, repr, and the errors with CPython's messages.
import array
import copy
import pickle
import sys
import warnings
from array import array as A

warnings.simplefilter('ignore', DeprecationWarning)
print(array.typecodes, array.ArrayType is A)


def attempt(fn):
    try:
        r = fn()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)


for tc in 'bBhHiIlLqQfd':
    a = A(tc, [1, 2, 3])
    print(tc, a.itemsize, a, len(a.tobytes()), a.tolist(), a.typecode)
for tc in 'bBhHiIlLqQ':
    size = A(tc).itemsize * 8
    for v in (2 ** 70, -2 ** 70, 2 ** size, -1, 2 ** (size - 1), -2 ** (size - 1) - 1, 2 ** (size - 1) - 1):
        print(tc, 'big' if abs(v) > 2 ** 65 else v, attempt(lambda: A(tc, [v])[0]))
for tc in 'bfdu':
    for v in ('x', 1.5, None, 'ab', True):
        print(tc, repr(v), attempt(lambda: A(tc, [v])))
print(A('f', [0.1, 1e300, -1e300, 2.5]), A('d', [0.1, 7]), A('f', [3]).tolist())

print(attempt(lambda: A('x')), attempt(lambda: A(1)), attempt(lambda: A('i', 5)), attempt(lambda: A('i', 'abc')))
print(A('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'), A('b', bytearray(b'\x01\x82')), A('d', A('i', [1, 2])))
print(A('i', range(5)), A('u', 'hello'), A('w', 'wide'), A('i'), A('u'), A('i', (x * x for x in range(4))))

a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], 3 in a, 42 in a, a.count(1), a.index(99))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
a.reverse()
print(a, list(a), sum(a))
a[0] = -7
a[1:3] = A('i', [10, 20, 30])
del a[-1]
del a[::3]
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a, a * 2, 2 * A('b', [1]), A('i', [1]) + A('i', [2]))
b = A('h', [1, 2])
b += A('h', [3])
b *= 2
print(b, b == A('h', [1, 2, 3, 1, 2, 3]), b == A('i', [1, 2, 3, 1, 2, 3]), b != [1], A('i', [1, 2]) < A('i', [1, 3]),
      A('d', [1.0]) == A('i', [1]), A('i', [2]) > A('i', [1, 5]), A('i') <= A('i'))

data = A('i', [1, 256, -2]).tobytes()
print(data, A('i', data) == A('i', [1, 256, -2]))
s = A('H', [1, 0x1234])
s.byteswap()
print(s, s.tobytes())
f = A('d', [1.5])
f.byteswap()
f.byteswap()
print(f)
m = A('i')
m.frombytes(b'\x02\x00\x00\x00')
m.fromlist([3, 4])
print(m, attempt(lambda: m.fromlist([5, 'x'])), m)
u = A('u', 'ab')
u.fromunicode('cd')
u.append('e')
print(u, u.tounicode(), u.tobytes()[:8], A('u', u.tobytes()) == u, u[1], u[1:3])
print(A('i', [1, 2]).buffer_info()[1], copy.copy(a) == a, copy.deepcopy(a) is not a)
print(pickle.loads(pickle.dumps(A('d', [1.5, 2]))), pickle.loads(pickle.dumps(A('u', 'xy'))))


class Sub(A):
    pass


print(Sub('i', [1]), type(Sub('i', [1])[:]).__name__, A[int])

a = A('i', [1, 2, 3])
for fn in (lambda: a + [1], lambda: a + A('d'), lambda: a.extend([1, 'x']), lambda: a.extend(A('d', [1.0])),
           lambda: a.__setitem__(slice(0, 1), [5]), lambda: a.__setitem__(slice(0, 1), A('d', [1.0])),
           lambda: a.index(9), lambda: a.remove(9), lambda: A('i').pop(), lambda: a[10], lambda: a.__setitem__(10, 1),
           lambda: a.frombytes(b'abc'), lambda: a.pop(10), lambda: a.fromunicode('x'), lambda: a.tounicode(),
           lambda: a * 'x', lambda: a['x'], lambda: a.__delitem__(10), lambda: a.fromlist((1,)),
           lambda: A('u', 'ab').fromunicode(5), lambda: a.frombytes('x'),
           lambda: a.__setitem__(slice(0, 3, 2), A('i', [1])), lambda: a.index(1, 5), lambda: A('b', [1, 2, 300]),
           lambda: a.__setitem__(0, 'x'), lambda: a.insert(0, 2 ** 40)):
    print(attempt(fn))
print(a)
