# shlex (split/quote/join, the shlex lexer), getopt, contextvars, calendar, with their errors.
import shlex
import getopt
import contextvars
import calendar

# shlex
for text in ['a b  c', 'one "two three" four', "it is 'single quoted'", 'esc\\ aped "in \\"q\\""',
             'x # comment', 'a"b"c', "'' \"\"", '  ', '"a\\\\b" \'c\\d\'']:
    print(repr(text), shlex.split(text))
print(shlex.split('x # comment here', comments=True))
print(shlex.split('a "b c"', posix=False))
for bad in ['"open', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError', e)
for s in ['', 'safe-path/file.txt', 'has space', "it's", '$HOME', 'a@b%c+d=e:f,g']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "o'neil"]))
print(shlex.split(shlex.join(['ls', '-l', 'my file', "o'neil"])))
lex = shlex.shlex('name = "value here" ; other=2 # tail')
print(list(lex))
lex = shlex.shlex('a && b || (c; d) > out', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('first second', posix=True)
print(lex.get_token(), end=' ')
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('one\ntwo three')
print(lex.get_token(), lex.lineno, lex.get_token(), lex.lineno, repr(lex.get_token()))

# getopt
print(getopt.getopt(['-a', '-bval', '-c', 'x', 'file', '-d'], 'ab:c:d'))
print(getopt.getopt(['--verbose', '--out=f.txt', '--level', '3', '--', '-notopt'],
                    'v', ['verbose', 'out=', 'level=']))
print(getopt.getopt(['--verb'], '', ['verbose']))
print(getopt.gnu_getopt(['file1', '-a', 'file2', '--long', 'x', '--', '-b'], 'a', ['long=']))
print(getopt.gnu_getopt(['file1', '-a'], '+a'))
for args, short, long in [(['-z'], 'a', []), (['-c'], 'c:', []), (['--nope'], '', ['yes']),
                          (['--out'], '', ['out=']), (['--flag=1'], '', ['flag']),
                          (['--ver'], '', ['verbose', 'version'])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print('GetoptError', e, '|', e.msg, '|', e.opt, '|', e.args)
print(getopt.error is getopt.GetoptError)

# contextvars
user = contextvars.ContextVar('user', default='anonymous')
request = contextvars.ContextVar('request')
print(user.name, user.get(), request.get('fallback'))
try:
    request.get()
except LookupError:
    print('LookupError')
token = user.set('alice')
print(user.get(), token.var is user, token.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
snapshot = contextvars.copy_context()
user.set('bob')
print(user.get(), snapshot[user], snapshot.get(request), user in snapshot, request in snapshot, len(snapshot))


def inside(extra):
    user.set('carol')
    request.set(extra)
    return user.get(), request.get()

print(snapshot.run(inside, 'r1'), user.get(), snapshot[user], snapshot[request])
print(sorted(var.name for var in snapshot), sorted(snapshot.values()))
user.reset(token)
print(user.get())
try:
    user.reset(token)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' var=')[0], str(e).endswith('has already been used once'))
other = request.set('x')
try:
    user.reset(other)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
t2 = user.set('dave')
try:
    contextvars.Context().run(user.reset, t2)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))


def reenter():
    snapshot.run(lambda: None)
try:
    snapshot.run(reenter)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    snapshot['user']
except TypeError as e:
    print('TypeError', e)
print(len(contextvars.Context()), contextvars.ContextVar[int])

# calendar
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2023, 2), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(repr(calendar.MONDAY), str(calendar.SUNDAY), calendar.FEBRUARY == 2, calendar.Month(3).name)
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[12], len(calendar.day_name))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 3), end='')
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2021, 9, w=3, l=1), end='')
calendar.prmonth(2000, 1)
print(calendar.weekheader(3), '|', calendar.weekheader(9))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.getfirstweekday())
print([d.isoformat() for d in cal.itermonthdates(2024, 2)][:9])
print(list(cal.itermonthdays2(2024, 2))[:8])
print(calendar.timegm((2024, 1, 2, 3, 4, 5)))
print(calendar.calendar(2024, 1, 1, 2, 4), end='')
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 0),
            lambda: calendar.setfirstweekday(9)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, IndexError))
