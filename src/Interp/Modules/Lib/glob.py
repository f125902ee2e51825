"""Filename globbing: glob, iglob, escape, has_magic (CPython's glob over our os).

Patterns use fnmatch's wildcards; names starting with a dot are matched only by patterns that
start with a dot (or with include_hidden); with recursive=True, '**' matches any files and zero or
more directories. As in CPython, folders that cannot be read are skipped silently; but an
interpreter without any file grant gets a PermissionError instead of an always-empty result.
"""
import fnmatch
import itertools
import os
import re
import _fs

__all__ = ['escape', 'glob', 'iglob', 'translate']

_magic_check = re.compile('([*?[])')
_magic_check_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (in the order the folders list them)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if not _fs.granted():
        _fs.check('glob.glob()', os.fspath(pathname) if isinstance(pathname, str) else '.', False)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # '**' first yields the empty relative path: not a result.
        try:
            first = next(it)
            if first:
                it = itertools.chain((first,), it)
        except StopIteration:
            pass
    return it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname  # a pattern ending in a slash matches only folders
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_wildcard(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob_recursive if recursive and _isrecursive(basename) else _glob_wildcard
    else:
        glob_in_dir = _glob_literal
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob_wildcard(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    if not dirname or _isdir(dirname):
        yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    as_bytes = isinstance(dirname, bytes)
    # Our os.scandir reads str paths only: bytes patterns are decoded and their names encoded back.
    folder = os.fsdecode(dirname) if dirname else os.curdir
    try:
        with os.scandir(folder) as entries:
            names = []
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(os.fsencode(entry.name) if as_bytes else entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _rlistdir(path, dironly, include_hidden):
                yield _join(name, below)


def _lexists(pathname):
    try:
        os.stat(pathname)
    except (OSError, ValueError):
        return os.path.islink(pathname) if pathname else False
    return True


def _isdir(pathname):
    try:
        return os.path.isdir(pathname)
    except (OSError, ValueError):
        return False


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_check_bytes.search(s) is not None
    return _magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escapes the wildcard characters of pathname so that it matches itself."""
    if isinstance(pathname, bytes):
        return _magic_check_bytes.sub(br'[\1]', pathname)
    return _magic_check.sub(r'[\1]', pathname)


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """A regular expression (source) that matches the paths pattern pat matches."""
    if not seps:
        seps = os.path.sep + (os.path.altsep or '')
    escaped_seps = ''.join(map(re.escape, seps))
    any_sep = f'[{escaped_seps}]' if len(seps) > 1 else escaped_seps
    not_sep = f'[^{escaped_seps}]'
    if include_hidden:
        one_last_segment = f'{not_sep}+'
        one_segment = f'{one_last_segment}{any_sep}'
        any_segments = f'(?:.+{any_sep})?'
        any_last_segments = '.*'
    else:
        one_last_segment = f'[^{escaped_seps}.]{not_sep}*'
        one_segment = f'{one_last_segment}{any_sep}'
        any_segments = f'(?:{one_segment})*'
        any_last_segments = f'{any_segments}(?:{one_last_segment})?'
    results = []
    parts = re.split(any_sep, pat)
    last_part_idx = len(parts) - 1
    for idx, part in enumerate(parts):
        if part == '*':
            results.append(one_segment if idx < last_part_idx else one_last_segment)
        elif recursive and part == '**':
            if idx < last_part_idx:
                if parts[idx + 1] != '**':
                    results.append(any_segments)
            else:
                results.append(any_last_segments)
        else:
            if part:
                if not include_hidden and part[0] in '*?':
                    results.append(r'(?!\.)')
                results.extend(_translate_part(part, f'{not_sep}*', not_sep))
            if idx < last_part_idx:
                results.append(any_sep)
    res = ''.join(results)
    return fr'(?s:{res})\Z'


def _translate_part(part, star, question_mark):
    """fnmatch's translation of one path segment, with the wildcards kept inside the segment."""
    out = []
    i, n = 0, len(part)
    while i < n:
        c = part[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not star:
                out.append(star)
        elif c == '?':
            out.append(question_mark)
        elif c == '[':
            j = i
            if j < n and part[j] == '!':
                j += 1
            if j < n and part[j] == ']':
                j += 1
            while j < n and part[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                stuff = part[i:j].replace('\\', '\\\\')
                i = j + 1
                if not stuff:
                    out.append('(?!)')
                elif stuff == '!':
                    out.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    out.append(f'[{stuff}]')
        else:
            out.append(re.escape(c))
    return out
