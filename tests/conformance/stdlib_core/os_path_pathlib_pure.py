# os.path and pathlib: the pure path operations (no file-system access), as sandboxed plugins use them.
import os
import os.path
from pathlib import PurePath, PurePosixPath, Path, PosixPath

P = os.path
for p in ['', '/', '//', '///', 'a', 'a/', '/a/b/', 'a/b/c.txt', '.bashrc', 'x/..y', 'a.tar.gz', '/a/./b/../c', '../a//b', 'a/b/../../..', '//x/y']:
    print(repr(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.normpath(p), P.isabs(p), P.splitroot(p))
print(P.join('a', 'b', 'c'), P.join('a/', 'b'), P.join('a', '/b', 'c'), P.join('', 'x'), P.join(b'a', b'b'))
print(P.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), P.commonpath(['/usr/lib', '/usr/local/x', '/usr']), P.commonpath(['a/b', 'a/c']))
print(P.relpath('/a/b/c', '/a/d'), P.relpath('/a/b', '/a/b'), P.abspath('/x/../y/./z'), P.normcase('A/B'), P.splitdrive('/a/b'))
print(P.expanduser('plain'), P.expandvars('no vars'), os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.linesep == '\n', os.devnull, os.name)
print(os.fspath('s'), os.fspath(b'b'), os.fspath(PurePosixPath('/p/q')), os.fsencode('é'), os.fsdecode(b'x'))
for bad in [lambda: os.fspath(3), lambda: P.join('a', b'b'), lambda: P.commonpath([]), lambda: P.commonpath(['/a', 'b'])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyPath:
    def __fspath__(self):
        return 'mine/x.py'
print(os.fspath(MyPath()), P.splitext(MyPath()), isinstance(MyPath(), os.PathLike), isinstance('s', os.PathLike), isinstance(PurePosixPath(), os.PathLike))

for s in ['', '.', '/', '//', '///a', 'a/b', '/a/b/', 'a//b/./c', '../x', 'dir/file.tar.gz', '.hidden', 'name.', 'a/b.c/d']:
    p = PurePosixPath(s)
    print(repr(p), str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, repr(p.parent), p.is_absolute(), p.root, p.anchor)
p = PurePosixPath('/usr/local/lib/python3.13/site.py')
print([str(x) for x in p.parents], p.parents[0] == p.parent, p.relative_to('/usr'), p.is_relative_to('/usr/local'), p.is_relative_to('/opt'))
print(p.with_name('other.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('main'), p / 'x', '/root' / PurePosixPath('rel'), p.joinpath('a', 'b'))
print(PurePosixPath('a', 'b', '/c', 'd'), PurePosixPath(PurePosixPath('x'), 'y'), PurePath('a/b'), type(PurePath('a')).__name__)
print(PurePosixPath('a/b') == PurePosixPath('a//b/'), PurePosixPath('a') < PurePosixPath('b'), sorted([PurePosixPath('b/a'), PurePosixPath('a/z'), PurePosixPath('a')]), hash(PurePosixPath('a/b')) == hash(PurePosixPath('a/b')))
print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b/c.py').match('b/*.py'), PurePosixPath('/a/b/c.py').match('a/*.py'), PurePosixPath('/a.py').match('/*.py'), PurePosixPath('b.PY').match('*.py', case_sensitive=False), PurePosixPath('f1.txt').match('f[0-9].txt'), PurePosixPath('a/b').full_match('a/*'))
print(PurePosixPath('a/b').relative_to('x', walk_up=True), PurePosixPath('/etc/passwd').as_uri(), PurePosixPath('/a b/c').as_uri(), bytes(PurePosixPath('/q')))
for bad in [lambda: PurePosixPath('/a/b').relative_to('/c'), lambda: PurePosixPath('a').relative_to('/a'), lambda: PurePosixPath('/').with_name('x'),
            lambda: PurePosixPath('a').with_suffix('txt'), lambda: PurePosixPath('a').with_name('b/c'), lambda: PurePosixPath('a') / 3, lambda: PurePosixPath(3),
            lambda: PurePosixPath('rel').as_uri(), lambda: PurePosixPath('a') < 'b']:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
q = Path('data/input.csv')
print(repr(q), type(q).__name__, isinstance(q, PurePosixPath), q.suffix, q.with_suffix('.json'), q.parent / 'out', repr(PosixPath('/x')), Path('a') == PurePosixPath('a'))
