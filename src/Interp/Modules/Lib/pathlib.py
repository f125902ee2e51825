"""pathlib: pure paths (PurePath, PurePosixPath) work everywhere; the concrete Path reaches the file
system inside the folders granted to this interpreter (checked by _fs, see os)."""
import os
import posixpath
import re
import _sandbox
import _fs

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath', 'UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    pass


def _glob_regex(pattern, flags):
    """A regex for one path component matched with *, ? and [...] (fnmatch rules)."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = pattern.find(']', i + 1 if pattern[i:i + 1] in ('!', ']') else i)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i:j].replace('\\', '\\\\')
                i = j + 1
                out.append('[' + ('^' + body[1:] if body.startswith('!') else body) + ']')
        else:
            out.append(re.escape(c))
    return re.compile(''.join(out) + r'\Z', re.DOTALL | flags)


class PurePath:
    """A path as a string: no file-system access."""
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def __init__(self, *args):
        pass

    def _init(self, args):
        raw = []
        for a in args:
            if isinstance(a, PurePath):
                raw.append(str(a))
                continue
            a = os.fspath(a) if hasattr(type(a), '__fspath__') else a
            if not isinstance(a, str):
                raise TypeError(f"argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                f"not {type(a).__name__!r}")
            raw.append(a)
        joined = posixpath.join(*raw) if raw else ''
        _, root, rest = posixpath.splitroot(joined)
        self._root = root
        self._parts = tuple(p for p in rest.split('/') if p and p != '.')
        self._str = None
        self._hash = None

    def _from_parts(self, root, parts):
        p = object.__new__(type(self))
        p._root, p._parts, p._str, p._hash = root, tuple(parts), None, None
        return p

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or _flavour(self) is not _flavour(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def _compare(self, other):
        if not isinstance(other, PurePath) or _flavour(self) is not _flavour(other):
            return NotImplemented
        return str(self).split('/'), str(other).split('/')

    def __lt__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return pair if pair is NotImplemented else pair[0] >= pair[1]

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._parts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return tuple(self._from_parts(self._root, self._parts[:i]) for i in range(len(self._parts) - 1, -1, -1))

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._from_parts(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f'{self!r} has a non-empty suffix')
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError(f'Invalid suffix {suffix!r}')
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        other = self.with_segments(other)
        if self._root != other._root:
            if not walk_up:
                raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
            raise ValueError(f'{str(self)!r} and {str(other)!r} have different anchors')
        common = 0
        while common < min(len(self._parts), len(other._parts)) and self._parts[common] == other._parts[common]:
            common += 1
        if common < len(other._parts):
            if not walk_up:
                raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
            if '..' in other._parts[common:]:
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        ups = ('..',) * (len(other._parts) - common)
        return self._from_parts('', ups + self._parts[common:])

    def is_relative_to(self, other):
        other = self.with_segments(other)
        return self._root == other._root and self._parts[:len(other._parts)] == other._parts

    def match(self, path_pattern, *, case_sensitive=None):
        pattern = self.with_segments(path_pattern)
        if not pattern._parts and not pattern._root:
            raise ValueError('empty pattern')
        if pattern._root:
            if self._root != pattern._root or len(self._parts) != len(pattern._parts):
                return False
        elif len(pattern._parts) > len(self._parts):
            return False
        flags = 0 if case_sensitive is not False else re.IGNORECASE
        for part, pat in zip(reversed(self._parts), reversed(pattern._parts)):
            if not _glob_regex(pat, flags).match(part):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        pattern = self.with_segments(pattern)
        if self._root != pattern._root or len(self._parts) != len(pattern._parts):
            return False
        return self.match(pattern, case_sensitive=case_sensitive)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + ''.join(c if c.isalnum() or c in '/-._~' else
                                   ''.join(f'%{b:02X}' for b in c.encode()) for c in str(self))


class PurePosixPath(PurePath):
    __slots__ = ()


def _flavour(p):
    return posixpath


os.PathLike.register(PurePath)


class Path(PurePath):
    """A concrete path: the pure operations, and file-system calls that need the files capability."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(_fs.getcwd('Path.cwd()'))

    @classmethod
    def home(cls):
        home = _fs.environ('Path.home()').get('HOME')
        if home is None:
            raise RuntimeError('Could not determine home directory.')
        return cls(home)

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            if self._parts[0] != '~':
                raise RuntimeError('Could not determine home directory.')
            return self.home().joinpath(*self._parts[1:])
        return self

    def absolute(self):
        if self._root:
            return self
        return type(self)(_fs.getcwd('Path.absolute()'), *self._parts)

    def resolve(self, strict=False):
        path = _fs.realpath('Path.resolve()', str(self))
        if strict:
            _fs.stat('Path.resolve()', path)
        return type(self)(path)

    def stat(self, *, follow_symlinks=True):
        return os.stat_result(_fs.stat('Path.stat()', str(self)))

    def _query(self, what):
        _fs.check(what, str(self), False)
        try:
            return _fs.stat(what, str(self))
        except (OSError, ValueError):
            return None

    def exists(self, *, follow_symlinks=True):
        return self._query('Path.exists()') is not None

    def is_dir(self, *, follow_symlinks=True):
        st = self._query('Path.is_dir()')
        return st is not None and st[0] & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        st = self._query('Path.is_file()')
        return st is not None and st[0] & 0o170000 == 0o100000

    def is_symlink(self):
        try:
            return _fs.islink('Path.is_symlink()', str(self))
        except (FileNotFoundError, NotADirectoryError):
            return False

    def samefile(self, other_path):
        return self.resolve() == Path(other_path).resolve()

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        _fs.check('Path.open()', str(self), mode.strip('bt') != 'r')
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        _fs.check('Path.read_text()', str(self), False)
        with open(self, 'r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        _fs.check('Path.read_bytes()', str(self), False)
        with open(self, 'rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        _fs.check('Path.write_text()', str(self), True)
        with open(self, 'w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = bytes(memoryview(data))
        _fs.check('Path.write_bytes()', str(self), True)
        with open(self, 'wb') as f:
            return f.write(data)

    def iterdir(self):
        return iter([self / name for name in _fs.listdir('Path.iterdir()', str(self))])

    def _children(self, what):
        try:
            return [self / name for name in _fs.listdir(what, str(self))]
        except (FileNotFoundError, NotADirectoryError):
            return []

    def _descendant_dirs(self, what):
        """This folder and every folder below it, symlinks to folders not followed (3.13's default)."""
        yield self
        for child in self._children(what):
            if child.is_dir() and not child.is_symlink():
                yield from child._descendant_dirs(what)

    def _select(self, parts, flags, what):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            if not rest:
                for folder in self._descendant_dirs(what):
                    yield folder
                    yield from (c for c in folder._children(what) if not c.is_dir())
                return
            for folder in self._descendant_dirs(what):
                yield from folder._select(rest, flags, what)
        elif not any(c in head for c in '*?['):
            child = self / head
            if rest:
                if child.is_dir():
                    yield from child._select(rest, flags, what)
            elif child.exists() or child.is_symlink():
                yield child
        else:
            matcher = _glob_regex(head, flags)
            for child in self._children(what):
                if matcher.match(child.name):
                    if not rest:
                        yield child
                    elif child.is_dir():
                        yield from child._select(rest, flags, what)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self._glob(pattern, case_sensitive, 'Path.glob()')

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self._glob('**/' + str(pattern), case_sensitive, 'Path.rglob()')

    def _glob(self, pattern, case_sensitive, what):
        pattern = str(pattern)
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        _fs.check(what, str(self), False)
        parts = [p for p in pattern.split('/') if p and p != '.']
        flags = re.IGNORECASE if case_sensitive is False else 0
        return self._select(parts, flags, what)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _fs.mkdir('Path.mkdir()', str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        _fs.check('Path.touch()', str(self), True)
        with open(self, 'a' if exist_ok else 'x'):
            pass

    def unlink(self, missing_ok=False):
        try:
            _fs.remove('Path.unlink()', str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        _fs.rmdir('Path.rmdir()', str(self))

    def rename(self, target):
        _fs.rename('Path.rename()', str(self), os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        _fs.rename('Path.replace()', str(self), os.fspath(target))
        return self.with_segments(target)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for folder, dirs, files in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(folder), dirs, files


def _refusal(name):
    def call(self, *args, **kwargs):
        _sandbox.refuse_files(f'Path.{name}()')
    call.__name__ = call.__qualname__ = name
    return call


for _name in ('lstat', 'is_mount', 'is_junction', 'is_block_device', 'is_char_device', 'is_fifo', 'is_socket',
              'owner', 'group', 'readlink', 'chmod', 'lchmod', 'symlink_to', 'hardlink_to'):
    setattr(Path, _name, _refusal(_name))
del _name


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
