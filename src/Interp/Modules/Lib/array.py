"""array: compact sequences of one numeric C type (or Unicode characters), CPython's array module.

Items are kept as Python values, each checked and converted as the C type would store it (range
checks with CPython's messages; 'f' rounds to single precision); bytes come and go through struct
in the machine's byte order with standard sizes ('l' and 'L' are 8 bytes, as on 64-bit Linux).
Not available: the buffer protocol (memoryview(array), bytes(array)).
"""
import math as _math
import operator as _operator
import struct as _struct
import sys as _sys
import types as _types

typecodes = 'bBuwhHiIlLqQfd'

# typecode -> (struct format, item size)
_FORMATS = {'b': ('b', 1), 'B': ('B', 1), 'u': (None, 4), 'w': (None, 4), 'h': ('h', 2), 'H': ('H', 2),
            'i': ('i', 4), 'I': ('I', 4), 'l': ('q', 8), 'L': ('Q', 8), 'q': ('q', 8), 'Q': ('Q', 8),
            'f': ('f', 4), 'd': ('d', 8)}

_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1

# The small signed and unsigned types: first converted to a C long, then range-checked.
_SMALL = {'b': (-2 ** 7, 2 ** 7 - 1, 'signed char'), 'B': (0, 2 ** 8 - 1, 'unsigned byte integer'),
          'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer'), 'H': (0, 2 ** 16 - 1, 'unsigned short'),
          'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer')}


def _index(value):
    """operator.index, with the message of a C conversion to an integer."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _to_int(typecode, value):
    v = _index(value)
    small = _SMALL.get(typecode)
    if small is not None:
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        low, high, name = small
        if v > high:
            raise OverflowError(f'{name} is greater than maximum')
        if v < low:
            raise OverflowError(f'{name} is less than minimum')
    elif typecode in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if typecode == 'I' and v > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
    elif typecode == 'l':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif typecode == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
    else:  # 'Q'
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError('int too big to convert')
    return v


def _to_float(typecode, value):
    if isinstance(value, float):
        v = value
    elif hasattr(type(value), '__float__') or hasattr(type(value), '__index__'):
        v = float(value)
    else:
        raise TypeError(f'must be real number, not {type(value).__name__}')
    if typecode == 'f':
        try:
            v = _struct.unpack('f', _struct.pack('f', v))[0]
        except OverflowError:
            v = _math.copysign(_math.inf, v)  # a C float cast: too large becomes infinite
    return v


def _convert(typecode, value):
    if typecode in 'fd':
        return _to_float(typecode, value)
    if typecode in 'uw':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    return _to_int(typecode, value)


_list = list  # fromlist's parameter is named list


def _is_bytes_like(obj):
    return isinstance(obj, (bytes, bytearray, memoryview))


class array:
    """array(typecode[, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    string, bytes-like object or iterable over elements of the appropriate type."""

    __slots__ = ('_typecode', '_items', '__weakref__')
    __hash__ = None

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _FORMATS:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        if typecode == 'u':
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be removed in Python 3.16",
                          DeprecationWarning, stacklevel=2)
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode not in 'uw':
                raise TypeError(f'cannot use a str to initialize an array with typecode {typecode!r}')
            self._items = list(initializer)
        elif _is_bytes_like(initializer):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode in 'uw' and typecode not in 'uw':
            raise TypeError(f'cannot use a unicode array to initialize an array with typecode {typecode!r}')
        else:
            self.extend(iter(initializer))
        return self

    # --- attributes ---

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _FORMATS[self._typecode][1]

    def buffer_info(self):
        return id(self), len(self._items)

    # --- building ---

    def _new(self, items):
        # Slices, sums, products and copies are plain arrays, even of a subclass (as in CPython).
        result = object.__new__(array)
        result._typecode = self._typecode
        result._items = items
        return result

    def append(self, v, /):
        self._items.append(_convert(self._typecode, v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        for v in bb:
            self._items.append(_convert(self._typecode, v))

    def insert(self, i, v, /):
        self._items.insert(_index(i), _convert(self._typecode, v))

    def fromlist(self, list, /):
        if not isinstance(list, _list):
            raise TypeError('arg must be list')
        converted = [_convert(self._typecode, v) for v in list]  # all or nothing
        self._items.extend(converted)

    def frombytes(self, buffer, /):
        if not _is_bytes_like(buffer):
            raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._typecode in 'uw':
            self._items.extend(data.decode('utf-32-le' if _sys.byteorder == 'little' else 'utf-32-be'))
        else:
            fmt = '=%d%s' % (len(data) // size, _FORMATS[self._typecode][0])
            self._items.extend(_struct.unpack(fmt, data))

    def fromunicode(self, ustr, /):
        if self._typecode not in 'uw':
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        self._items.extend(ustr)

    # --- reading ---

    def tobytes(self):
        if self._typecode in 'uw':
            return ''.join(self._items).encode('utf-32-le' if _sys.byteorder == 'little' else 'utf-32-be')
        return _struct.pack('=%d%s' % (len(self._items), _FORMATS[self._typecode][0]), *self._items)

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self._typecode not in 'uw':
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return ''.join(self._items)

    def count(self, v, /):
        return sum(1 for item in self._items if item == v)

    def index(self, v, start=0, stop=_sys.maxsize, /):
        n = len(self._items)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    # --- changing ---

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        i = _index(i)
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v, /):
        for i, item in enumerate(self._items):
            if item == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        """Swaps the bytes of every item (items of 1, 2, 4 or 8 bytes)."""
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    # --- sequence protocol ---

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            i = _index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(value._items) != size:
                    raise ValueError(f'attempt to assign array of size {len(value._items)} '
                                     f'to extended slice of size {size}')
            self._items[index] = list(value._items)
            return
        try:
            i = _index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('array assignment index out of range')
        self._items[i] = _convert(self._typecode, value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            i = _index(index)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('array assignment index out of range')
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def _times(self, n):
        try:
            return _index(n)
        except TypeError:
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'") from None

    def __mul__(self, n):
        return self._new(self._items * self._times(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= self._times(n)
        return self

    # --- comparisons: item by item, like lists, between arrays only ---

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, _operator.eq)

    def __ne__(self, other):
        return self._compare(other, _operator.ne)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    # --- copying, pickling, repr ---

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        state = getattr(self, '__dict__', None)
        if self._typecode in 'uw':
            return type(self), (self._typecode, self.tounicode()), state
        return type(self), (self._typecode, list(self._items)), state

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f'{name}({self._typecode!r})'
        if self._typecode in 'uw':
            return f'{name}({self._typecode!r}, {self.tounicode()!r})'
        return f'{name}({self._typecode!r}, {self._items!r})'

    __class_getitem__ = classmethod(_types.GenericAlias)


ArrayType = array
