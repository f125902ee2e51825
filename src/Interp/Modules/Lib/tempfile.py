"""Temporary files and folders: gettempdir, mkdtemp, NamedTemporaryFile, TemporaryFile,
TemporaryDirectory (CPython's tempfile over our os and open(), so within the file grants).

The temporary folder is the first of $TMPDIR, $TEMP, $TMP (when the environment is granted), /tmp,
/var/tmp, /usr/tmp and the working folder where a file can be created. Without any file grant every
call raises PermissionError naming the missing access. mkstemp is not provided: it hands out an OS
file descriptor, and our os has none (os.open is refused).
"""
import os as _os
import random as _random
import shutil as _shutil
import types as _types
import warnings as _warnings
import _fs

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkdtemp', 'mktemp',
           'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choices(_CHARACTERS, k=8))


def _require_files(what):
    if not _fs.granted():
        _fs.check(what, '.', True)  # raises PermissionError: file access was not granted


def _candidate_tempdir_list():
    dirlist = []
    try:
        environ = dict(_os.environ)
    except PermissionError:
        environ = {}  # the environment is not granted: only the fixed places
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = environ.get(name)
        if value:
            dirlist.append(value)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        pass
    return dirlist


def _get_default_tempdir():
    """The first candidate folder in which a file can really be created (and removed)."""
    for folder in _candidate_tempdir_list():
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        for _ in range(100):
            name = _os.path.join(folder, _random_name())
            try:
                with open(name, 'xb') as fp:
                    fp.write(b'blat')
                _os.unlink(name)
                return folder
            except FileExistsError:
                continue
            except OSError:
                break  # not writable here (or not granted): try the next candidate
    raise FileNotFoundError(2, 'No usable temporary directory found in %s' % _candidate_tempdir_list())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The folder for temporary files (found once, then kept in tempfile.tempdir)."""
    global tempdir
    _require_files('tempfile.gettempdir()')
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder with a unique name and returns its absolute path."""
    _require_files('tempfile.mkdtemp()')
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use NamedTemporaryFile or mkdtemp)."""
    _warnings.warn('mktemp is a potential security risk to your program', RuntimeWarning, stacklevel=2)
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(name):
            return name
    raise FileExistsError(17, 'No usable temporary filename found')


def _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    """A new file with a unique name, opened with mode: (file, name). The name is taken by creating the
    file exclusively; it is then opened with the caller's mode (the file object shows that mode)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        try:
            open(name, 'xb').close()
        except FileExistsError:
            continue
        try:
            file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
        except BaseException:
            _os.unlink(name)
            raise
        return file, name
    raise FileExistsError(17, 'No usable temporary file name found')


class _TemporaryFileWrapper:
    """A temporary file with a name: attributes are the file's; closing (or leaving the with block)
    deletes it when delete is true."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def close(self):
        self.file.close()
        if self._delete_on_close:
            self._remove()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A new file with a visible name (its .name), deleted on close when delete is true."""
    _require_files('tempfile.NamedTemporaryFile()')
    file, name = _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A new file without a name in the file system: it is unlinked as soon as it is open."""
    _require_files('tempfile.TemporaryFile()')
    file, name = _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    try:
        _os.unlink(name)
    except BaseException:
        file.close()
        raise
    return file


class TemporaryDirectory:
    """A new folder (its .name), deleted with everything in it by cleanup() or at the end of a with
    block, whose value is the name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._cleaned = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._cleaned or not _os.path.exists(self.name):
            return
        self._cleaned = True
        _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
