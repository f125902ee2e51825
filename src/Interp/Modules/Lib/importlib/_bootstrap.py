"""The Python side of GilGrid's import system: module specs, the finders and loaders that describe
what the C# importer (src/Interp/Runtime/Importer.cs) does, and name resolution. The importer itself
does not go through these classes; importlib uses them to find specs, build modules from specs and
re-execute modules (reload) the way the importer would have run them."""
import sys
import _imp


class ModuleSpec:
    """What the import system knows about a module before it is loaded."""
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    # GilGrid writes no bytecode caches, so `cached` is only ever what a caller set.
    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Modules written in C# (CPython's built-in modules)."""
    __module__ = '_frozen_importlib'
    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return _imp.create_builtin(spec.name)

    @staticmethod
    def exec_module(module):
        """Creating a native module already initialised it."""

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Python modules shipped inside the interpreter (src/Interp/Modules/Lib)."""
    __module__ = '_frozen_importlib'
    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        exec(_imp.get_frozen_object(module.__spec__.name), module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)


class GivenSourceLoader:
    """Module sources that the host handed to this interpreter (Interpreter.AddModuleSources)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp.find_given(fullname)
        if found is None:
            return None
        filename, is_package = found
        spec = ModuleSpec(fullname, cls(fullname, filename), origin=filename, is_package=is_package)
        spec.has_location = True
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__spec__.name), module.__dict__)

    def get_code(self, fullname):
        return _imp.get_given_code(fullname)

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname):
        return _imp.find_given(fullname)[1]


class SourceFileLoader:
    """A module read from a .py file."""
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return _decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, 'exec', dont_inherit=True)

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'


def _decode_source(source_bytes):
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


def _path_join(folder, name):
    return name if not folder else folder.rstrip('/') + '/' + name


def _is_file(path):
    import os
    return os.path.isfile(path)


class PathFinder:
    """.py files and packages found in the folders of `path` (sys.path when None)."""
    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        short = fullname.rpartition('.')[2]
        for folder in (sys.path if path is None else path):
            if not isinstance(folder, str):
                continue
            init = _path_join(_path_join(folder, short), '__init__.py')
            if _is_file(init):
                return spec_from_file_location(fullname, init, submodule_search_locations=[_path_join(folder, short)])
            file = _path_join(folder, short + '.py')
            if _is_file(file):
                return spec_from_file_location(fullname, file)
        return None

    @classmethod
    def invalidate_caches(cls):
        """The importer looks at the file system on every import: nothing is cached."""


# The importer's search order (Importer.ImportOne): native, frozen, given by the host, then files.
FINDERS = (BuiltinImporter, FrozenImporter, GivenSourceLoader, PathFinder)

_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [str(location).rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def find_spec(fullname, path=None, target=None):
    """The spec the importer would use for fullname (which is not looked up in sys.modules)."""
    for finder in FINDERS:
        spec = finder.find_spec(fullname, path, target)
        if spec is not None:
            return spec
    return None


def sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def gcd_import(name, package=None, level=0):
    sanity_check(name, package, level)
    if level > 0:
        name = resolve_name(name, package, level)
    if name in sys.modules:
        module = sys.modules[name]
        if module is None:
            raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
        return module
    __import__(name)
    return sys.modules[name]


def init_module_attrs(spec, module):
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return init_module_attrs(spec, module)


def exec_in(spec, module):
    """Runs spec's module again in the existing module object (reload)."""
    init_module_attrs(spec, module)
    if spec.loader is BuiltinImporter:
        # A native module's state is made by its initialisation: take a fresh one's names.
        fresh = _imp.create_builtin(spec.name)
        for key, value in fresh.__dict__.items():
            if key not in ('__name__', '__spec__', '__loader__', '__package__'):
                setattr(module, key, value)
    else:
        spec.loader.exec_module(module)
