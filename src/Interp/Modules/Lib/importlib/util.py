"""Utilities of the import system: finding specs and making modules from them."""
import sys
from importlib import _bootstrap
from importlib._bootstrap import module_from_spec, spec_from_file_location


def resolve_name(name, package):
    """The absolute name for a relative module name ('.x') in package."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _bootstrap.resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The module's spec: from sys.modules when it is imported (its parent is imported first)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}',
                name=fullname) from e
    return _bootstrap.find_spec(fullname, parent_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader.get_filename(name), loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader.get_filename(name), loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return _bootstrap.ModuleSpec(name, loader, origin=origin, is_package=is_package)


def decode_source(source_bytes):
    """Source bytes as text with universal newlines (GilGrid sources are UTF-8)."""
    return _bootstrap._decode_source(source_bytes)


class Loader:
    """Base class for loaders: the default create_module lets the import system make the module."""

    def create_module(self, spec):
        return None
