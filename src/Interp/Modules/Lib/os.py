"""os for sandboxed interpreters: names, path functions and fspath work; file-system, process and
environment calls raise PermissionError naming the capability they need (see _sandbox)."""
import abc as _abc
import sys as _sys
import _sandbox
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


class _Environ:
    """os.environ: every access needs the environment capability."""

    def __getattr__(self, attr):
        _sandbox.refuse_environment('os.environ')

    def _refuse(self, *args, **kwargs):
        _sandbox.refuse_environment('os.environ')

    __getitem__ = __setitem__ = __delitem__ = __contains__ = __iter__ = __len__ = _refuse
    get = keys = items = values = copy = setdefault = pop = update = _refuse

    def __repr__(self):
        return '<os.environ: environment access was not granted to this interpreter>'


environ = _Environ()


def getenv(key, default=None):
    _sandbox.refuse_environment('os.getenv()')


def putenv(key, value):
    _sandbox.refuse_environment('os.putenv()')


def unsetenv(key):
    _sandbox.refuse_environment('os.unsetenv()')


def _refusal(name, refuse):
    def call(*args, **kwargs):
        refuse(f'os.{name}()')
    call.__name__ = call.__qualname__ = name
    return call


for _name in ('getcwd', 'getcwdb', 'chdir', 'listdir', 'scandir', 'stat', 'lstat', 'mkdir', 'makedirs',
              'remove', 'unlink', 'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'walk', 'open',
              'close', 'read', 'write', 'access', 'chmod', 'chown', 'link', 'symlink', 'readlink',
              'truncate', 'utime', 'fstat', 'fsync', 'lseek', 'dup', 'dup2', 'pipe', 'mkfifo', 'statvfs',
              'fwalk', 'get_terminal_size'):
    globals()[_name] = _refusal(_name, _sandbox.refuse_files)
for _name in ('system', 'popen', 'fork', 'kill', 'execv', 'execve', 'execl', 'spawnv', 'getpid', 'getppid',
              'getuid', 'getgid', 'getlogin', 'cpu_count', 'urandom', 'times', 'nice', 'abort', 'uname'):
    globals()[_name] = _refusal(_name, _sandbox.refuse_process)
del _name
