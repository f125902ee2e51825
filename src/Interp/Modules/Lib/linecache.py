"""linecache: the lines of source files, read once and kept, for tracebacks and tools. A file that is
not found as given is looked for in the folders of sys.path; a module's loader may supply the
source of files that cannot be read (lazycache)."""
import functools
import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); or (function returning the source,) until first read.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file with its newline, or '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops the cached lines of files that changed or vanished since they were read."""
    filenames = list(cache) if filename is None else [filename] if filename in cache else []
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue  # Lines given by a loader cannot be checked.
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _locate(filename):
    """(full name, stat) of the file, trying the folders of sys.path for a relative name."""
    try:
        return filename, os.stat(filename)
    except (OSError, ValueError):
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        fullname = os.path.join(folder, filename)
        try:
            return fullname, os.stat(fullname)
        except (OSError, ValueError):
            pass
    return None


def _as_lines(text):
    lines = text.splitlines(True)
    if not lines:
        return ['\n']
    if not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Reads the file's lines into the cache and returns them ([] when it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    found = _locate(filename)
    if found is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None, [line + '\n' for line in data.splitlines()], filename)
                return cache[filename][2]
        return []
    fullname, stat = found
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = _as_lines(f.read())
    except (OSError, UnicodeDecodeError):
        return []
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remembers how to get the source of filename from its module's loader, without reading it yet.
    True when the source can be got this way (or already was remembered)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo(filename):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (functools.partial(get_source, name),)
            return True
    return False
