"""Weak references (basic): ref, WeakValueDictionary, WeakKeyDictionary, WeakSet.

Referents die when the .NET collector finds them unreachable (after gc.collect(), say), not at
the moment of the last `del` as under CPython's refcounting. Callbacks are not supported; the
containers drop dead entries whenever they are read.
"""

from _weakref import ref, ReferenceType
from collections import abc as _abc

__all__ = ["ref", "ReferenceType", "WeakKeyDictionary", "WeakValueDictionary", "WeakSet"]


class WeakValueDictionary(_abc.MutableMapping):
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]
        return self.data

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            del self.data[key]
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self._live()))

    def __len__(self):
        return len(self._live())

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def copy(self):
        return WeakValueDictionary(self.items())

    def valuerefs(self):
        return list(self._live().values())


class WeakKeyDictionary(_abc.MutableMapping):
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]
        return self.data

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __iter__(self):
        return iter([k for k in (r() for r in list(self._live())) if k is not None])

    def __len__(self):
        return len(self._live())

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    def keyrefs(self):
        return list(self._live())


class WeakSet(_abc.MutableSet):
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def _live(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.discard(r)
        return self.data

    def __iter__(self):
        return iter([o for o in (r() for r in list(self._live())) if o is not None])

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)
