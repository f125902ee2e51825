# Real file I/O in a scratch folder next to this program: open() modes, text and binary file
# objects, universal newlines, errors with CPython's messages, os / os.path / pathlib calls.
import io
import os
import pathlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '_io_files_scratch')


def remove_tree(top):
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


def error(action):
    try:
        action()
    except (OSError, ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'
    return 'no error'


def rel(path):
    return os.path.relpath(path, ROOT)


if os.path.exists(ROOT):
    remove_tree(ROOT)
os.mkdir(ROOT)
try:
    text = os.path.join(ROOT, 'notes.txt')

    # Text files: write, read back, lines, iteration.
    with open(text, 'w') as f:
        print(type(f).__name__, f.mode, f.encoding.lower(), f.closed, f.writable(), f.readable())
        print(f.write('first line\nsecond line\n'), f.write('third'))
        f.writelines(['\n', 'fourth\n'])
    print(f.closed)
    with open(text) as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.read(4)))
        print(f.readlines())
    with open(text) as f:
        print([line.rstrip('\n') for line in f])
    with open(text, encoding='utf-8') as f:
        print(repr(f.read()))
        print(repr(f.read()), repr(f.readline()))
        f.seek(0)
        print(repr(f.read(5)))

    # Universal newlines: translated on read unless newline='' or a fixed newline.
    with open(text, 'wb') as f:
        f.write(b'a\r\nb\rc\nd')
    with open(text) as f:
        print(repr(f.read()))
    with open(text, newline='') as f:
        print(f.readlines())
    with open(text, newline='\r') as f:
        print(f.readlines())
    with open(text, 'w', newline='\r\n') as f:
        f.write('x\ny\n')
    with open(text, 'rb') as f:
        print(f.read())

    # Modes: append, exclusive create, read-write, binary.
    with open(text, 'a') as f:
        f.write('z')
    with open(text, 'rb') as f:
        print(type(f).__name__, f.mode, f.read(2), f.readline(), f.tell(), f.read())
    print(error(lambda: open(text, 'x')).replace(ROOT, '<ROOT>'))
    fresh = os.path.join(ROOT, 'fresh.bin')
    with open(fresh, 'xb') as f:
        print(type(f).__name__, f.mode, f.write(bytes(range(5))))
    with open(fresh, 'r+b') as f:
        print(type(f).__name__, f.mode, f.read(2))
        f.seek(0, 2)
        f.write(b'\xff')
        f.seek(1)
        print(f.read(), f.tell())
    with open(fresh, 'rb', buffering=0) as f:
        print(type(f).__name__, f.mode, f.read())
    with open(fresh, 'w+') as f:
        f.write('hello')
        f.seek(0)
        print(repr(f.read()), os.path.getsize(fresh))
    with open(fresh, 'a+') as f:
        f.write(' world')
        f.seek(0)
        print(repr(f.read()))
    with open(fresh, 'a+') as f:
        f.seek(0)
        print(repr(f.read(5)))
        f.write('!')
        f.seek(0)
        print(repr(f.read()))
    with open(fresh, 'ab') as f:
        f.seek(0)
        f.write(b'?')
    with open(fresh, 'rb') as f:
        print(f.read())

    # Encodings and errors.
    with open(text, 'w', encoding='utf-8') as f:
        f.write('caf\u00e9 \u20ac')
    with open(text, 'rb') as f:
        print(f.read())
    with open(text, encoding='latin-1') as f:
        print(repr(f.read()))
    with open(text, encoding='ascii', errors='replace') as f:
        print(repr(f.read()))
    print(error(lambda: open(text, encoding='ascii').read()))

    # Closed files and unsupported operations.
    f = open(text)
    f.close()
    print(error(f.read), error(lambda: f.write('x')), error(lambda: next(iter(f))))
    with open(text, 'rb') as g:
        pass
    print(error(g.read), error(g.readline))
    with open(text) as g:
        print(error(lambda: g.write('x')))
    with open(text, 'w') as g:
        print(error(g.read))
    with open(text, 'wb') as g:
        print(error(g.read))
    print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

    # Errors with CPython's messages.
    print(error(lambda: open('missing.txt')))
    print(error(lambda: open(os.path.join('no_such_folder', 'x.txt'), 'w')).replace(HERE, '<HERE>'))
    print(error(lambda: open(ROOT)).replace(ROOT, '<ROOT>'))
    for mode in ('rw', 'rr', 'q', 'tb', '', 'r+++'):
        print(repr(mode), error(lambda: open(text, mode)))
    print(error(lambda: open(text, 'rb', encoding='utf-8')))
    print(error(lambda: open(text, 'rb', newline='')))
    print(error(lambda: open(text, newline='x')))
    print(error(lambda: open(text, buffering=0)))
    print(error(lambda: open(3.5)))
    print(io.open is open, io.TextIOWrapper.__name__, io.FileIO.__module__)
    with open(pathlib.Path(text)) as f:
        print(repr(f.read(3)))

    # os and os.path.
    os.makedirs(os.path.join(ROOT, 'a', 'b', 'c'))
    os.makedirs(os.path.join(ROOT, 'a', 'b'), exist_ok=True)
    print(error(lambda: os.makedirs(os.path.join(ROOT, 'a'))).replace(ROOT, '<ROOT>'))
    print(error(lambda: os.mkdir(os.path.join(ROOT, 'a'))).replace(ROOT, '<ROOT>'))
    for name in ('one.txt', 'two.py'):
        with open(os.path.join(ROOT, 'a', name), 'w') as f:
            f.write(name * 3)
    print(sorted(os.listdir(ROOT)), sorted(os.listdir(os.path.join(ROOT, 'a'))))
    with os.scandir(os.path.join(ROOT, 'a')) as entries:
        print(sorted((e.name, e.is_dir(), e.is_file(), rel(e.path)) for e in entries))
    for folder, dirs, files in os.walk(ROOT):
        print(rel(folder), sorted(dirs), sorted(files))
    one = os.path.join(ROOT, 'a', 'one.txt')
    st = os.stat(one)
    print(st.st_size, oct(st.st_mode & 0o170000), os.path.getsize(one), os.path.getmtime(one) == st.st_mtime)
    print(os.path.exists(one), os.path.isfile(one), os.path.isdir(one), os.path.exists(one + '.no'))
    print(os.path.isdir(os.path.join(ROOT, 'a')), os.path.islink(one))
    print(os.path.realpath(os.path.join(ROOT, 'a', 'b', '..', 'one.txt')) == os.path.realpath(one))
    print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
    os.rename(one, os.path.join(ROOT, 'a', 'uno.txt'))
    os.replace(os.path.join(ROOT, 'a', 'uno.txt'), os.path.join(ROOT, 'a', 'two.py'))
    print(sorted(os.listdir(os.path.join(ROOT, 'a'))))
    for action in (lambda: os.rmdir(os.path.join(ROOT, 'a')), lambda: os.remove(os.path.join(ROOT, 'a')),
                   lambda: os.listdir(os.path.join(ROOT, 'a', 'two.py')), lambda: os.stat(os.path.join(ROOT, 'nope')),
                   lambda: os.remove(os.path.join(ROOT, 'nope')), lambda: os.rmdir(os.path.join(ROOT, 'nope'))):
        print(error(action).replace(ROOT, '<ROOT>'))
    print(isinstance(os.environ.get('PATH'), str), os.getenv('GILGRID_SURELY_UNSET', 'default'))

    # pathlib.
    root = pathlib.Path(ROOT)
    data = root / 'p' / 'q'
    data.mkdir(parents=True)
    data.mkdir(exist_ok=True)
    print(error(lambda: data.mkdir()).replace(ROOT, '<ROOT>'))
    print((data / 'n.txt').write_text('pathlib text\n'), (data / 'n.bin').write_bytes(b'\x00\x01'))
    print(repr((data / 'n.txt').read_text()), (data / 'n.bin').read_bytes())
    print((data / 'n.txt').exists(), (data / 'n.txt').is_file(), data.is_dir(), (data / 'zz').exists())
    print((data / 'n.txt').stat().st_size, sorted(p.name for p in data.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.glob('*')))
    print(sorted(str(p.relative_to(root)) for p in root.glob('*/*')))
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*.txt')))
    print(sorted(str(p.relative_to(root)) for p in root.glob('**/n.*')))
    print(sorted(str(p.relative_to(root)) for p in root.glob('a/t?o.py')))
    with (data / 'n.txt').open() as f:
        print(repr(f.readline()))
    with (data / 'n.txt').open('a') as f:
        f.write('more\n')
    print((data / 'n.txt').read_text().splitlines())
    print(data.resolve() == pathlib.Path(os.path.realpath(str(data))), pathlib.Path.cwd() == pathlib.Path(os.getcwd()))
    moved = (data / 'n.bin').rename(data / 'm.bin')
    print(moved.name, sorted(p.name for p in data.iterdir()))
    moved.unlink()
    moved.unlink(missing_ok=True)
    print(error(moved.unlink).replace(ROOT, '<ROOT>'))
    print(error(lambda: (data / 'n.txt').write_text(b'bytes')))
finally:
    remove_tree(ROOT)
print(os.path.exists(ROOT))
