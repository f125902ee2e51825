"""POSIX path names: the pure string functions work everywhere; the ones that look at the file
system (exists, getsize, realpath...) or at the environment need a capability (see _sandbox)."""
import _sandbox
import _fs

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink',
           'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'realpath', 'supports_unicode_filenames',
           'relpath', 'commonpath', 'isjunction', 'isdevdrive']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    value = fspath(p)
    if not isinstance(value, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(value).__name__}')
    return value


def _seps(p):
    return (b'/', b'.', b'..', b'') if isinstance(p, bytes) else ('/', '.', '..', '')


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash, _, _, empty = _seps(a)
    path = a
    for b in map(_fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash) or not path:
            path = b
        elif path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot = _seps(p)[:2]
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots (".bashrc", "..x") is part of the name, not an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    slash, _, _, empty = _seps(p)
    if p[:1] != slash:
        return empty, empty, p
    if p[1:2] != slash or p[2:3] == slash:
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]  # exactly two leading slashes are kept (implementation-defined in POSIX)


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    _, initial_slashes, path = splitroot(path)
    comps = path.split(slash)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = initial_slashes + slash.join(new_comps)
    return path or dot


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot = _seps(paths[0])[:2]
    try:
        split_paths = [p.split(slash) for p in paths]
        isabs_flags = {p[:1] == slash for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_flags) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if isabs_flags.pop() else slash[:0]
    return prefix + slash.join(common)


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _fs.getcwd('os.path.abspath() of a relative path')
        path = join(cwd if isinstance(path, str) else cwd.encode(), path)
    return normpath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else _fspath(start)
    if not (isabs(path) and isabs(start)):
        _fs.getcwd('os.path.relpath() of a relative path')
        path, start = abspath(path), abspath(start)
    start_list = [x for x in normpath(start).split(sep) if x]
    path_list = [x for x in normpath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else curdir


def expanduser(path):
    path = _fspath(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    slash = path.find(sep if isinstance(path, str) else sep.encode(), 1)
    if slash < 0:
        slash = len(path)
    if slash != 1:
        return path  # ~user needs the password database, which the sandbox does not offer
    home = _fs.environ('os.path.expanduser()').get('HOME')
    if home is None:
        return path
    root = sep
    if isinstance(path, bytes):
        home, root = home.encode('utf-8', 'surrogateescape'), sep.encode()
    return (home.rstrip(root) + path[slash:]) or root


def expandvars(path):
    path = _fspath(path)
    if ('$' if isinstance(path, str) else b'$') not in path:
        return path
    env = _fs.environ('os.path.expandvars()')
    if isinstance(path, bytes):
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    import re
    def value(m):
        name = m.group(1) or m.group(2)
        return env.get(name, m.group(0))
    return re.sub(r'\$(?:(\w+)|\{([^}]*)\})', value, path)


def _stat(what, path):
    """The stat fields of a path, or None when it does not exist (refusals of the grant propagate)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    _fs.check(what, path, False)
    try:
        return _fs.stat(what, path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat('os.path.exists()', path) is not None


def lexists(path):
    return exists(path) or islink(path)


def isdir(path):
    st = _stat('os.path.isdir()', path)
    return st is not None and st[0] & 0o170000 == 0o040000


def isfile(path):
    st = _stat('os.path.isfile()', path)
    return st is not None and st[0] & 0o170000 == 0o100000


def islink(path):
    path = _fspath(path)
    try:
        return _fs.islink('os.path.islink()', path.decode() if isinstance(path, bytes) else path)
    except (FileNotFoundError, NotADirectoryError):
        return False


def _required_stat(what, path):
    path = _fspath(path)
    return _fs.stat(what, path.decode('utf-8', 'surrogateescape') if isinstance(path, bytes) else path)


def getsize(filename):
    return _required_stat('os.path.getsize()', filename)[1]


def getmtime(filename):
    return _required_stat('os.path.getmtime()', filename)[2]


def getatime(filename):
    return _required_stat('os.path.getatime()', filename)[3]


def getctime(filename):
    return _required_stat('os.path.getctime()', filename)[4]


def realpath(path, *, strict=False):
    path = _fspath(path)
    if isinstance(path, bytes):
        return realpath(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    return _fs.realpath('os.path.realpath()', path)


def samefile(f1, f2):
    return realpath(f1) == realpath(f2)


def _file_query(name):
    def query(*args, **kwargs):
        _sandbox.refuse_files(f'os.path.{name}()')
    query.__name__ = query.__qualname__ = name
    return query


for _name in ('ismount', 'isjunction', 'isdevdrive', 'sameopenfile', 'samestat'):
    globals()[_name] = _file_query(_name)
del _name
