import linecache
import os
import sys

here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 3)))
print(repr(linecache.getline(here, 0)), repr(linecache.getline(here, 10000)), repr(linecache.getline(here, -1)))
lines = linecache.getlines(here)
print(len(lines) > 20, lines[-1].endswith('\n'), here in linecache.cache)
size, mtime, cached_lines, fullname = linecache.cache[here]
print(cached_lines is lines, fullname == here, size == os.path.getsize(here))
# a relative name is looked up in the folders of sys.path (the program's folder is sys.path[0])
rel = os.path.join('imppkg', 'counter.py')
print(repr(linecache.getline(rel, 2)), linecache.cache[rel][3].endswith(rel))
print(linecache.getlines('no/such/file.py'), linecache.getline('/no/such/abs.py', 1) == '')
print(linecache.getlines('<string>'), linecache.getlines(''), linecache.updatecache('<stdin>'))
print('no/such/file.py' in linecache.cache)
linecache.checkcache(here)
print(here in linecache.cache)
linecache.cache['vanished.py'] = (10, 1.0, ['x\n'], '/no/such/vanished.py')
print(linecache.getline('vanished.py', 1), end='')
linecache.checkcache()
print('vanished.py' in linecache.cache, here in linecache.cache)


class Loader:
    def get_source(self, name):
        return f'# source of {name}\nsecond line\nthird'


module_globals = {'__name__': 'virtual.mod', '__loader__': Loader()}
print(linecache.lazycache('virtual.py', module_globals), len(linecache.cache['virtual.py']))
print(linecache.lazycache('virtual.py', module_globals))
print(linecache.getlines('virtual.py'), linecache.lazycache('virtual.py', module_globals))
print(repr(linecache.getline('other_virtual.py', 3, module_globals)))
print(linecache.lazycache('<pseudo>', module_globals), linecache.lazycache('x.py', {}), linecache.lazycache('y.py', None))
linecache.checkcache('virtual.py')
print('virtual.py' in linecache.cache)
linecache.clearcache()
print(linecache.cache)
