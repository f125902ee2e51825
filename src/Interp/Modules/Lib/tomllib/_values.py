"""The lexical forms of TOML numbers, dates and times, and the Python values they make."""
import re
from datetime import date, datetime, time, timedelta, timezone

_TIME = r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?'

# Integers (decimal, 0x, 0o, 0b) and decimal floats; 'floatpart' is set for floats only.
NUMBER = re.compile(r'''
0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)
|
[+-]?(?:0|[1-9](?:_?[0-9])*)
(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)
''', re.VERBOSE)
LOCAL_TIME = re.compile(_TIME)
DATETIME = re.compile(rf'''
([0-9]{{4}})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])
(?:[Tt ]{_TIME}(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?
''', re.VERBOSE)


def _micros(digits):
    return int(digits.ljust(6, '0')) if digits else 0


def to_datetime(match):
    """A date, or a datetime (with a fixed offset, UTC, or none for a local date-time)."""
    year, month, day, hour, minute, second, micros, zulu, sign, off_hour, off_minute = match.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        direction = 1 if sign == '+' else -1
        tz = timezone(timedelta(hours=direction * int(off_hour), minutes=direction * int(off_minute)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), _micros(micros), tzinfo=tz)


def to_time(match):
    hour, minute, second, micros = match.groups()
    return time(int(hour), int(minute), int(second), _micros(micros))


def to_number(match, parse_float):
    if match.group('floatpart'):
        return parse_float(match.group())
    return int(match.group(), 0)
