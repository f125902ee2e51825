# argparse: parsing of optionals/positionals/nargs/actions, help and usage text, errors and exit code 2.
import argparse
import sys

sys.stderr = sys.stdout  # keep error output in order with the rest


def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='tool', description='Process some files and report on them.',
                            epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-n', '--count', type=int, default=3, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--no-cache', action='store_false', dest='cache')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='add a directory')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='one of %(choices)s')
p.add_argument('--pair', nargs=2, type=float, metavar=('X', 'Y'))
p.add_argument('--tags', nargs='*')
p.add_argument('--need', nargs='+', help='a very long help text that goes on and on so that the '
               'formatter has to wrap it onto several lines at the right width')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
p.print_help()
p.print_usage()
attempt(p, ['a.txt'])
attempt(p, ['a.txt', 'b.txt', '-n', '5', '-vvv', '-q', '--no-cache', '-I', 'x', '-Iy',
            '--include=z', '--mode', 'slow', '--pair', '1', '2.5', '--tags', '--need', 'k'])
attempt(p, ['--count=7', 'a', '--tags', 't1', 't2', '--', '-weird'])
attempt(p, ['--cou', '2', 'a'])
attempt(p, [])
attempt(p, ['a', '-n', 'x'])
attempt(p, ['a', '--mode', 'medium'])
attempt(p, ['a', '--pair', '1'])
attempt(p, ['a', '--need'])
attempt(p, ['a', 'b', 'c'])
attempt(p, ['a', '--bogus'])
attempt(p, ['a', '-q=1'])
attempt(p, ['--version'])
attempt(p, ['-h'])
print(p.parse_known_args(['a', '--extra', 'b', 'c']))

# mutually exclusive groups, required options, argument groups
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true')
g.add_argument('--yaml', action='store_true')
m.add_argument('--out', required=True)
grp = m.add_argument_group('network', 'Settings for the network.')
grp.add_argument('--host', default='localhost')
grp.add_argument('--port', type=int, default=80)
m.print_help()
attempt(m, ['--json', '--out', 'o'])
attempt(m, ['--json', '--yaml', '--out', 'o'])
attempt(m, ['--out', 'o'])
attempt(m, ['--json'])

# sub-commands
s = argparse.ArgumentParser(prog='git')
s.add_argument('--dir', default='.')
sub = s.add_subparsers(dest='command', required=True, help='what to do')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
push = sub.add_parser('push', help='send changes')
push.add_argument('remote', nargs='?', default='origin')
push.set_defaults(func='push-func')
s.print_help()
attempt(s, ['commit', '-m', 'hello'])
attempt(s, ['--dir', 'x', 'ci', '--amend', '-m', 'msg'])
attempt(s, ['push'])
attempt(s, ['push', 'upstream'])
attempt(s, [])
attempt(s, ['pull'])
attempt(s, ['commit'])
c.print_help()

# nargs with positionals, REMAINDER-free combinations, numbers that look like options
n = argparse.ArgumentParser(prog='n')
n.add_argument('first', type=int)
n.add_argument('middle', nargs='*')
n.add_argument('last', nargs=2)
attempt(n, ['1', 'a', 'b', 'c', 'd'])
attempt(n, ['1', 'c', 'd'])
attempt(n, ['-5', 'c', 'd'])
attempt(n, ['1', 'c'])
n.print_usage()

# type errors through ArgumentTypeError and custom type names
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError(f'{value} is not even')
    return value

t = argparse.ArgumentParser(prog='t', add_help=False)
t.add_argument('--e', type=even)
t.add_argument('--f', type=float, default='1.5')
attempt(t, ['--e', '4'])
attempt(t, ['--e', '3'])
attempt(t, ['--e', 'x'])
attempt(t, ['--f', 'nan?'])

# exit_on_error=False raises ArgumentError instead of exiting
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--k', type=int)
try:
    q.parse_args(['--k', 'z'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)

# definition errors
for args, kwargs in [(('--x', '--x'), {}), (('x',), {'required': True}), (('--y',), {'nargs': 0}),
                     (('z',), {'action': 'nope'}), (('--w',), {'type': 'int'}),
                     (('bad',), {'dest': 'b'})]:
    d = argparse.ArgumentParser(prog='d')
    try:
        d.add_argument(*args, **kwargs)
        d.add_argument(*args, **kwargs)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

# Namespace and Action reprs, BooleanOptionalAction, extend, store_const, append_const
b = argparse.ArgumentParser(prog='b')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colour')
b.add_argument('--items', action='extend', nargs='+')
b.add_argument('--level', action='store_const', const=10, default=0)
b.add_argument('--a', action='append_const', const='A', dest='acc')
b.add_argument('--b', action='append_const', const='B', dest='acc')
print(b.parse_args(['--no-color', '--items', '1', '2', '--items', '3', '--level', '--b', '--a']))
print(b.parse_args([]))
b.print_help()
ns = argparse.Namespace(a=1, **{'x-y': 2})
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, **{'x-y': 2}))
print(repr(b._actions[2]))

# help formatting: long invocations, raw and defaults formatters, long prog wrapping
w = argparse.ArgumentParser(prog='wrapper', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
w.add_argument('--a-very-long-option-name', metavar='SOMETHING_LONG', help='goes below')
w.add_argument('--size', type=int, default=10, help='size')
for i in range(8):
    w.add_argument(f'--option{i}', metavar=f'VALUE{i}')
w.add_argument('inputs', nargs='+')
w.print_help()
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                            description='line one\n  line two indented')
r.add_argument('--x', help='first\nsecond')
r.print_help()
