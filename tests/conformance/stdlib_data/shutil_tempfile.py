# shutil and tempfile: copies, trees, moves and removal with CPython's errors; temporary files and
# folders (names are random, so the program prints what is true of them, not the names).
import os
import shutil
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '_shutil_tempfile_scratch')


def error(action):
    try:
        action()
    except (OSError, ValueError, TypeError) as e:
        return f'{type(e).__name__}: {str(e).replace(ROOT, "ROOT")}'
    return 'no error'


def tree(top):
    found = []
    for folder, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path) as f:
                found.append(f'{os.path.relpath(path, top)}={f.read()}')
        if not files and not dirs:
            found.append(os.path.relpath(folder, top) + '/')
    return found


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


if os.path.exists(ROOT):
    shutil.rmtree(ROOT)
os.mkdir(ROOT)
try:
    j = lambda *p: os.path.join(ROOT, *p)
    write(j('a.txt'), 'alpha')
    print(os.path.relpath(shutil.copyfile(j('a.txt'), j('b.txt')), ROOT), tree(ROOT))
    os.mkdir(j('dir'))
    print(os.path.relpath(shutil.copy(j('a.txt'), j('dir')), ROOT), os.path.relpath(shutil.copy2(j('b.txt'), j('dir', 'c.txt')), ROOT))
    print(error(lambda: shutil.copyfile(j('a.txt'), j('a.txt'))))
    print(error(lambda: shutil.copyfile(j('missing.txt'), j('x.txt'))))
    print(error(lambda: shutil.copyfile(j('dir'), j('x.txt'))))
    print(error(lambda: shutil.copyfile(j('a.txt'), j('nodir', 'x.txt'))))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

    os.makedirs(j('src', 'sub', 'deep'))
    os.mkdir(j('src', 'empty'))
    write(j('src', 'one.py'), '1')
    write(j('src', 'one.pyc'), 'compiled')
    write(j('src', 'sub', 'two.txt'), '2')
    write(j('src', 'sub', 'deep', 'three.txt'), '3')
    print(os.path.relpath(shutil.copytree(j('src'), j('copy')), ROOT), tree(j('copy')))
    print(error(lambda: shutil.copytree(j('src'), j('copy'))))
    shutil.copytree(j('src'), j('copy'), dirs_exist_ok=True)
    shutil.copytree(j('src'), j('filtered'), ignore=shutil.ignore_patterns('*.pyc', 'deep'))
    print(tree(j('filtered')))
    print(shutil.ignore_patterns('*.py', 'x*')('.', ['a.py', 'b.txt', 'xy', 'c.py']) == {'a.py', 'c.py', 'xy'})
    print(error(lambda: shutil.copytree(j('missing'), j('other'))))
    seen = []
    shutil.copytree(j('src'), j('logged'), copy_function=lambda s, d: seen.append(os.path.basename(s)) or shutil.copy2(s, d))
    print(sorted(seen))

    print(os.path.relpath(shutil.move(j('b.txt'), j('moved.txt')), ROOT), os.path.exists(j('b.txt')))
    print(os.path.relpath(shutil.move(j('moved.txt'), j('dir')), ROOT), tree(j('dir')))
    print(error(lambda: shutil.move(j('a.txt'), j('dir'))))
    print(os.path.relpath(shutil.move(j('filtered'), j('renamed')), ROOT), os.path.isdir(j('filtered')), tree(j('renamed')))
    print(error(lambda: shutil.move(j('missing'), j('x'))))

    shutil.rmtree(j('copy'))
    print(os.path.exists(j('copy')), error(lambda: shutil.rmtree(j('copy'))), error(lambda: shutil.rmtree(j('a.txt'))))
    shutil.rmtree(j('copy'), ignore_errors=True)
    calls = []
    shutil.rmtree(j('copy'), onexc=lambda f, p, e: calls.append((f.__name__, os.path.relpath(p, ROOT), type(e).__name__)))
    shutil.rmtree(j('copy'), onerror=lambda f, p, info: calls.append((f.__name__, info[0].__name__)))
    print(calls)
    import io
    src, dst = io.BytesIO(b'x' * 100000), io.BytesIO()
    shutil.copyfileobj(src, dst, 4096)
    print(len(dst.getvalue()))

    # tempfile, inside the scratch folder
    print(tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX, os.path.isdir(tempfile.gettempdir()))
    d = tempfile.mkdtemp(prefix='pre_', suffix='_suf', dir=ROOT)
    name = os.path.basename(d)
    print(os.path.isdir(d), os.path.isabs(d), name.startswith('pre_'), name.endswith('_suf'), len(name))
    with tempfile.NamedTemporaryFile(dir=ROOT, suffix='.bin') as f:
        print(os.path.exists(f.name), f.name.endswith('.bin'), os.path.dirname(f.name) == ROOT, f.mode)
        f.write(b'hello')
        f.seek(0)
        print(f.read(), f.tell(), f.closed)
    print(os.path.exists(f.name), f.closed)
    with tempfile.NamedTemporaryFile('w+', dir=ROOT, delete=False, prefix='keep') as f:
        f.write('text\nlines\n')
        f.seek(0)
        print(list(f), os.path.basename(f.name).startswith('keep'))
    print(os.path.exists(f.name))
    os.remove(f.name)
    g = tempfile.NamedTemporaryFile(dir=ROOT)
    g.close()
    print(os.path.exists(g.name))
    h = tempfile.NamedTemporaryFile(dir=ROOT, delete_on_close=False)
    h.write(b'x')
    h.close()
    print(os.path.exists(h.name))
    h.__exit__(None, None, None)
    print(os.path.exists(h.name))
    with tempfile.TemporaryFile(dir=ROOT) as t:
        t.write(b'anonymous')
        t.seek(0)
        print(t.read())
    with tempfile.TemporaryDirectory(dir=ROOT, prefix='td') as td:
        write(os.path.join(td, 'inner.txt'), 'x')
        os.mkdir(os.path.join(td, 'sub'))
        print(os.path.isdir(td), os.path.basename(td).startswith('td'))
    print(os.path.exists(td))
    tdo = tempfile.TemporaryDirectory(dir=ROOT)
    print(repr(tdo) == f'<TemporaryDirectory {tdo.name!r}>')
    tdo.cleanup()
    tdo.cleanup()
    print(os.path.exists(tdo.name))
    keep = tempfile.TemporaryDirectory(dir=ROOT, delete=False)
    with keep:
        pass
    print(os.path.exists(keep.name))
    print(error(lambda: tempfile.mkdtemp(dir=j('missing'))).rsplit('/', 1)[0])
    print(error(lambda: tempfile.NamedTemporaryFile(dir=j('missing'))).rsplit('/', 1)[0])
    with tempfile.NamedTemporaryFile('w', dir=ROOT) as w:
        print(w.mode, w.writable(), w.readable())
    names = {os.path.basename(tempfile.mkdtemp(dir=ROOT)) for _ in range(20)}
    print(len(names), sorted(os.listdir(ROOT))[:3])
finally:
    shutil.rmtree(ROOT)
print(os.path.exists(ROOT))
