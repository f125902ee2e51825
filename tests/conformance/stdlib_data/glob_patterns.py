# glob: wildcards, character classes, hidden files, recursive '**', trailing slashes, root_dir,
# iglob, escape, has_magic and translate, in a scratch folder next to this program.
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '_glob_scratch')


def remove_tree(top):
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


def touch(*parts):
    with open(os.path.join(ROOT, *parts), 'w') as f:
        f.write('x')


def rel(paths):
    return sorted(os.path.relpath(p, ROOT) + ('/' if p.endswith('/') else '') for p in paths)


if os.path.exists(ROOT):
    remove_tree(ROOT)
os.mkdir(ROOT)
try:
    for folder in ('src', 'src/pkg', 'src/pkg/deep', 'docs', '.hidden', 'src/.cache'):
        os.mkdir(os.path.join(ROOT, folder))
    for parts in (('a.py',), ('b.py',), ('c.txt',), ('.env',), ('[x].txt',), ('src', 'main.py'),
                  ('src', 'util.py'), ('src', 'pkg', '__init__.py'), ('src', 'pkg', 'deep', 'x.py'),
                  ('src', '.cache', 'y.py'), ('docs', 'index.md'), ('.hidden', 'z.py'), ('data1.csv',),
                  ('data2.csv',), ('data10.csv',)):
        touch(*parts)
    j = lambda p: os.path.join(ROOT, p)
    print(rel(glob.glob(j('*.py'))))
    print(rel(glob.glob(j('*'))))
    print(rel(glob.glob(j('.*'))))
    print(rel(glob.glob(j('*'), include_hidden=True)))
    print(rel(glob.glob(j('data?.csv'))), rel(glob.glob(j('data[0-9]*.csv'))), rel(glob.glob(j('data[!1]*'))))
    print(rel(glob.glob(j('*/*.py'))))
    print(rel(glob.glob(j('*/'))))
    print(rel(glob.glob(j('**/*.py'))))
    print(rel(glob.glob(j('**/*.py'), recursive=True)))
    print(rel(glob.glob(j('**'), recursive=True)))
    print(rel(glob.glob(j('**/'), recursive=True)))
    print(rel(glob.glob(j('src/**'), recursive=True)))
    print(rel(glob.glob(j('**/*.py'), recursive=True, include_hidden=True)))
    print(rel(glob.glob(j('a.py'))), glob.glob(j('missing.py')), rel(glob.glob(j('src/'))), glob.glob(j('a.py/')))
    print(rel(glob.glob(j(glob.escape('[x].txt')))), glob.glob(j('[x].txt')))
    print(sorted(glob.glob('*.py', root_dir=ROOT)), sorted(glob.glob('**/*.md', root_dir=ROOT, recursive=True)))
    print(sorted(glob.glob('src/*', root_dir=ROOT)), glob.glob('nothing/*', root_dir=ROOT))
    it = glob.iglob(j('*.csv'))
    print(type(it).__name__ in ('generator', 'chain'), rel(it))
    print(sorted(glob.glob(b'*.py', root_dir=os.fsencode(ROOT))))
finally:
    remove_tree(ROOT)

print(glob.escape('a[b]*c?.txt'), glob.escape(b'x*'), glob.escape('plain'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic('[x]'), glob.has_magic(b'x?'))
for pattern in ('*.py', 'src/**/*.py', '**', 'a?c/[xy]*', 'foo/bar', '*/.cfg'):
    print(pattern, glob.translate(pattern), glob.translate(pattern, recursive=True, include_hidden=True))
print(bool(re.match(glob.translate('src/**/*.py', recursive=True), 'src/a/b/c.py')),
      bool(re.match(glob.translate('*.py'), '.hidden.py')))
