import importlib
import importlib.util
import importlib.machinery
import sys
import os.path


def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


# import_module: absolute, dotted, relative with package=
m = importlib.import_module('imppkg.counter')
print(m.__name__, m.value, m.where())
print(importlib.import_module('imppkg') is sys.modules['imppkg'])
leaf = importlib.import_module('.sub.leaf', 'imppkg')
print(leaf.name, leaf.counter is m)
print(importlib.import_module('..counter', 'imppkg.sub').value)
print(importlib.import_module('.', 'imppkg').__name__)
print(importlib.import_module('json').dumps([1]))
attempt('no package', lambda: importlib.import_module('.x'))
attempt('beyond top', lambda: importlib.import_module('..x', 'imppkg'))
attempt('empty', lambda: importlib.import_module(''))
attempt('missing', lambda: importlib.import_module('nope_module'))
attempt('missing sub', lambda: importlib.import_module('imppkg.nope'))
attempt('not a string', lambda: importlib.import_module(5))
try:
    importlib.import_module('nope.deeper')
except ModuleNotFoundError as e:
    print('name attr', e.name)

# reload runs the code again in the same module object
before = m
m2 = importlib.reload(m)
print(m2 is before, m2.value, sys.modules['imppkg'].loads)
m.extra = 'kept'
importlib.reload(m)
print(m.value, m.extra)
import json
json_dumps = json.dumps
print(importlib.reload(json) is json, json.dumps({'a': 1}))
import math
print(importlib.reload(math) is math, math.sqrt(16))
attempt('reload int', lambda: importlib.reload(5))
attempt('reload stray', lambda: importlib.reload(type(sys)('stray')))
print(importlib.invalidate_caches())

# importlib.util
attempt('resolve', lambda: importlib.util.resolve_name('.sub.leaf', 'imppkg'))
attempt('resolve abs', lambda: importlib.util.resolve_name('x.y', None))
attempt('resolve no pkg', lambda: importlib.util.resolve_name('.x', None))
attempt('resolve too far', lambda: importlib.util.resolve_name('...x', 'a.b'))
print(importlib.util.find_spec('nope_module'), importlib.util.find_spec('imppkg.nope'))
attempt('find under missing', lambda: importlib.util.find_spec('nope_module.x'))
attempt('find under module', lambda: importlib.util.find_spec('imppkg.counter.x'))
spec = importlib.util.find_spec('imppkg.counter')
print(spec.name, spec.parent, spec.origin == m.__file__)
spec = importlib.util.find_spec('.sub', 'imppkg')
print(spec.name, spec.parent)
spec = importlib.util.find_spec('math')
print(spec.name, spec.parent == '', spec.submodule_search_locations)

sys.modules['halted'] = None
print(importlib.util.find_spec('halted'))
attempt('halted', lambda: importlib.import_module('halted'))
del sys.modules['halted']
sys.modules['nospec'] = type(sys)('nospec')
sys.modules['nospec'].__spec__ = None
attempt('spec None', lambda: importlib.util.find_spec('nospec'))

# a spec from a file location, made into a module by hand
here = os.path.dirname(os.path.abspath(__file__))
location = os.path.join(here, 'imppkg', 'sub', 'leaf.py')
spec = importlib.util.spec_from_file_location('imppkg.sub.leaf2', location)
print(spec.name, spec.parent, spec.has_location, spec.submodule_search_locations)
print(type(spec.loader).__name__, spec.loader.is_package('imppkg.sub.leaf2'))
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__package__, mod.__file__ == location, hasattr(mod, 'name'))
spec.loader.exec_module(mod)
print(mod.name, mod.counter.value)
pkg_spec = importlib.util.spec_from_file_location('imppkg', os.path.join(here, 'imppkg', '__init__.py'))
print(pkg_spec.parent, pkg_spec.submodule_search_locations == [os.path.join(here, 'imppkg')])
print(importlib.util.spec_from_file_location('x', os.path.join(here, 'data.txt')))


# a loader of its own
class Loader(importlib.util.Loader):
    def exec_module(self, module):
        module.answer = 42
        module.seen = module.__spec__.name

    def __repr__(self):
        return 'Loader()'


spec = importlib.util.spec_from_loader('made.up', Loader())
print(spec, spec.parent, spec.has_location)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.__package__, mod.answer, mod.seen, mod.__loader__)
print(importlib.util.spec_from_loader('pkg', Loader(), is_package=True))
print(importlib.util.spec_from_loader('o', None, origin='somewhere'))
print(importlib.util.module_from_spec(importlib.util.spec_from_loader('empty', None)).__dict__.keys())


class Bad:
    def exec_module(self, module):
        pass


attempt('bad loader', lambda: importlib.util.module_from_spec(importlib.machinery.ModuleSpec('b', Bad())))

# ModuleSpec itself
s = importlib.machinery.ModuleSpec('a.b', None, origin='o', is_package=True)
print(s, s.parent, s.cached, s.has_location)
print(s == importlib.machinery.ModuleSpec('a.b', None, origin='o', is_package=True), s == 5)
print(importlib.machinery.ModuleSpec('a.b', None).parent)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BuiltinImporter.find_spec('sys'))
print(importlib.machinery.BuiltinImporter.find_spec('nope_module'))
print(importlib.machinery.PathFinder.find_spec('imppkg').submodule_search_locations == [os.path.join(here, 'imppkg')])
print(importlib.__all__)
