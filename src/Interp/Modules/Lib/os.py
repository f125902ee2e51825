"""os over the host's grants: names, path functions and fspath always work; file-system calls work
inside the folders granted to this interpreter and environment calls with the environment
capability (both checked by _fs, which raises PermissionError naming what is missing); process
calls are always refused (see _sandbox)."""
import abc as _abc
import sys as _sys
import _sandbox
import _fs
import posixpath as path

_sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    value = method(path)
    if not isinstance(value, (str, bytes)):
        raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(value).__name__}')
    return value


class PathLike(_abc.ABC):
    """The protocol of objects with __fspath__ (pathlib.PurePath among them)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _str(path):
    path = fspath(path)
    return path.decode('utf-8', 'surrogateescape') if isinstance(path, bytes) else path


class stat_result:
    """The fields of os.stat() that the host reports (mode, size and the three times)."""

    def __init__(self, fields):
        self.st_mode, self.st_size, self.st_mtime, self.st_atime, self.st_ctime = fields
        self.st_mtime_ns = int(self.st_mtime * 1e9)

    def __repr__(self):
        return (f'os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, st_atime={int(self.st_atime)}, '
                f'st_mtime={int(self.st_mtime)}, st_ctime={int(self.st_ctime)})')


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_fs.stat('os.stat()', _str(path)))


def listdir(path='.'):
    names = _fs.listdir('os.listdir()', _str(path))
    return [fsencode(n) for n in names] if isinstance(path, bytes) else names


class DirEntry:
    __module__ = 'posix'

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        return stat_result(_fs.stat('os.DirEntry.stat()', self.path))

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)


class _ScandirIterator:
    def __init__(self, folder):
        self._entries = iter([DirEntry(folder, n) for n in _fs.listdir('os.scandir()', _str(folder))])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(path)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _fs.mkdir('os.mkdir()', _str(path))


def makedirs(name, mode=0o777, exist_ok=False):
    name = _str(name)
    _fs.check('os.makedirs()', name, True)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _fs.remove('os.remove()', _str(path))


def unlink(path, *, dir_fd=None):
    _fs.remove('os.unlink()', _str(path))


def rmdir(path, *, dir_fd=None):
    _fs.rmdir('os.rmdir()', _str(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename('os.rename()', _str(src), _str(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename('os.replace()', _str(src), _str(dst))


def getcwd():
    return _fs.getcwd('os.getcwd()')


def chdir(path):
    # The working directory belongs to the process, which many interpreters share.
    raise PermissionError('os.chdir() is not available: the working directory is shared by every interpreter of the process')


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs = [], []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        child = path.join(top, name)
        if followlinks or not path.islink(child):
            yield from walk(child, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class _Environ:
    """os.environ: the process environment, read when first used (it needs the environment capability)."""

    def __init__(self):
        self._cache = None

    def _data(self):
        if self._cache is None:
            self._cache = _fs.environ('os.environ')
        return self._cache

    def __getitem__(self, key):
        try:
            return self._data()[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        data = self._data()
        for item in (key, value):
            if not isinstance(item, str):
                raise TypeError(f'str expected, not {type(item).__name__}')
        _fs.putenv('os.environ', key, value)
        data[key] = value

    def __delitem__(self, key):
        data = self._data()
        if key not in data:
            raise KeyError(key)
        _fs.putenv('os.environ', key, None)
        del data[key]

    def __contains__(self, key):
        return key in self._data()

    def __iter__(self):
        return iter(list(self._data()))

    def __len__(self):
        return len(self._data())

    def get(self, key, default=None):
        return self._data().get(key, default)

    def keys(self):
        return self._data().keys()

    def items(self):
        return self._data().items()

    def values(self):
        return self._data().values()

    def copy(self):
        return dict(self._data())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value

    def __repr__(self):
        return f'environ({self._data()!r})'


environ = _Environ()


def getenv(key, default=None):
    _fs.environ('os.getenv()')
    return environ.get(key, default)


def putenv(key, value):
    _fs.putenv('os.putenv()', key, value)


def unsetenv(key):
    _fs.putenv('os.unsetenv()', key, None)


def _refusal(name, refuse):
    def call(*args, **kwargs):
        refuse(f'os.{name}()')
    call.__name__ = call.__qualname__ = name
    return call


for _name in ('getcwdb', 'lstat', 'removedirs', 'renames', 'open', 'close', 'read', 'write', 'access', 'chmod',
              'chown', 'link', 'symlink', 'readlink', 'truncate', 'utime', 'fstat', 'fsync', 'lseek', 'dup',
              'dup2', 'pipe', 'mkfifo', 'statvfs', 'fwalk', 'get_terminal_size'):
    globals()[_name] = _refusal(_name, _sandbox.refuse_files)
for _name in ('system', 'popen', 'fork', 'kill', 'execv', 'execve', 'execl', 'spawnv', 'getpid', 'getppid',
              'getuid', 'getgid', 'getlogin', 'cpu_count', 'urandom', 'times', 'nice', 'abort', 'uname'):
    globals()[_name] = _refusal(_name, _sandbox.refuse_process)
del _name
