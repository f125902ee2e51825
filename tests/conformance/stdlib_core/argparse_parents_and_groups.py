# argparse: parents, conflict_handler='resolve', prefix_chars, set_defaults,
# get_default, abbreviations turned off, REMAINDER, required groups in usage, usage= and %(prog)s.
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


common = argparse.ArgumentParser(add_help=False)
common.add_argument('--verbose', action='store_true', help='talk more')
shared = common.add_argument_group('shared', 'Options every tool has.')
shared.add_argument('--config', default='app.cfg')
tool = argparse.ArgumentParser(prog='tool', parents=[common], usage='%(prog)s [options] target')
tool.add_argument('target')
tool.set_defaults(mode='auto')
print(tool.get_default('config'), tool.get_default('mode'), tool.get_default('missing'))
attempt(tool, ['--verbose', 'x'])
tool.print_help()
attempt(tool, [])

r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-f', '--file', help='old')
r.add_argument('--file', help='new')
r.print_help()

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+x', action='store_true')
plus.add_argument('-y', type=int)
plus.add_argument('++long')
attempt(plus, ['+x', '-y', '3', '++long', 'v'])
plus.print_usage()

noabbrev = argparse.ArgumentParser(prog='na', allow_abbrev=False)
noabbrev.add_argument('--verbose', action='store_true')
attempt(noabbrev, ['--verb'])
attempt(noabbrev, ['--verbose'])

rest = argparse.ArgumentParser(prog='rest')
rest.add_argument('command')
rest.add_argument('args', nargs=argparse.REMAINDER)
attempt(rest, ['run', '--flag', 'x', '-y'])
rest.print_usage()

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('value', type=float)
neg.add_argument('-1', dest='one', action='store_true')
attempt(neg, ['-1'])
attempt(neg, ['-1', '5'])
attempt(neg, ['-2.5'])

req = argparse.ArgumentParser(prog='req')
group = req.add_mutually_exclusive_group(required=True)
group.add_argument('--a', action='store_true')
group.add_argument('--b', action='store_true')
group.add_argument('--c', help=argparse.SUPPRESS)
req.add_argument('--hidden', help=argparse.SUPPRESS)
req.print_help()

sub = argparse.ArgumentParser(prog='svc')
subs = sub.add_subparsers(title='commands', description='Available commands.', metavar='CMD')
start = subs.add_parser('start', help='start it', description='Starts the service.')
start.add_argument('--port', type=int, default=8080)
subs.add_parser('stop', help='stop it')
sub.print_help()
start.print_help()
attempt(sub, ['start', '--port', '1'])
attempt(sub, [])
attempt(sub, ['start', '--bogus'])
