"""importlib over GilGrid's importer: import_module, reload, invalidate_caches."""
import sys
from importlib import _bootstrap

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__

# Modules being reloaded, so that a module that reloads itself while being reloaded stops there.
_RELOADING = {}


def import_module(name, package=None):
    """Imports a module; a relative name ('.x', '..x') needs the package it is relative to."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        level = len(name) - len(name.lstrip('.'))
    return _bootstrap.gcd_import(name[level:], package, level)


def invalidate_caches():
    """The importer keeps no finder caches (it looks at the files on each import): nothing to do."""
    _bootstrap.PathFinder.invalidate_caches()


def reload(module):
    """Runs an imported module's code again in the same module object and returns it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name) from None
            path = parent.__path__
        spec = _bootstrap.find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
        _bootstrap.exec_in(spec, module)
        return sys.modules[name]
    finally:
        del _RELOADING[name]


from importlib import machinery, util  # noqa: E402  (they import this package's _bootstrap)
