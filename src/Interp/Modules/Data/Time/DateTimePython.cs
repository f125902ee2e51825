namespace GilGrid.Interp.Modules.Data.Time;

/// <summary>The Python part of `datetime`: timedelta, date, time, datetime, tzinfo, timezone.</summary>
internal static partial class DateTimePython
{
    public const string Source = DeltaAndDate + TimeAndZone + DateTimeClass;

    private const string DeltaAndDate = """
        MINYEAR = 1
        MAXYEAR = 9999
        _US_PER_DAY = 86400000000
        _MAX_DELTA_DAYS = 999999999


        def _cmp(x, y):
            return 0 if x == y else 1 if x > y else -1


        def _check_int(name, value):
            if isinstance(value, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            if not isinstance(value, int):
                if hasattr(value, '__index__'):
                    return value.__index__()
                raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
            return value


        def _check_date_fields(year, month, day):
            year = _check_int('year', year)
            month = _check_int('month', month)
            day = _check_int('day', day)
            if not MINYEAR <= year <= MAXYEAR:
                raise ValueError(f'year {year} is out of range')
            if not 1 <= month <= 12:
                raise ValueError('month must be in 1..12')
            if not 1 <= day <= _days_in_month(year, month):
                raise ValueError('day is out of range for month')
            return year, month, day


        def _check_time_fields(hour, minute, second, microsecond, fold):
            hour = _check_int('hour', hour)
            minute = _check_int('minute', minute)
            second = _check_int('second', second)
            microsecond = _check_int('microsecond', microsecond)
            if not 0 <= hour <= 23:
                raise ValueError('hour must be in 0..23')
            if not 0 <= minute <= 59:
                raise ValueError('minute must be in 0..59')
            if not 0 <= second <= 59:
                raise ValueError('second must be in 0..59')
            if not 0 <= microsecond <= 999999:
                raise ValueError('microsecond must be in 0..999999')
            if fold not in (0, 1):
                raise ValueError('fold must be either 0 or 1')
            return hour, minute, second, microsecond, fold


        def _check_tzinfo(tz):
            if tz is not None and not isinstance(tz, tzinfo):
                raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


        def _format_time(hh, mm, ss, us, timespec):
            if timespec == 'auto':
                timespec = 'microseconds' if us else 'seconds'
            elif timespec == 'milliseconds':
                us //= 1000
            if timespec == 'hours':
                return '%02d' % hh
            if timespec == 'minutes':
                return '%02d:%02d' % (hh, mm)
            if timespec == 'seconds':
                return '%02d:%02d:%02d' % (hh, mm, ss)
            if timespec == 'milliseconds':
                return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
            if timespec == 'microseconds':
                return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
            raise ValueError('Unknown timespec value')


        def _format_offset(off, sep=':'):
            if off is None:
                return ''
            sign = '+'
            if off.days < 0:
                sign = '-'
                off = -off
            hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
            mm, ss = divmod(rest, 60)
            s = '%s%02d%s%02d' % (sign, hh, sep, mm)
            if ss or off.microseconds:
                s += '%s%02d' % (sep, ss)
                if off.microseconds:
                    s += '.%06d' % off.microseconds
            return s


        class timedelta:
            __module__ = 'datetime'
            __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

            def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
                for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
                    if not isinstance(v, (int, float)):
                        raise TypeError(f'unsupported type for timedelta days component: {type(v).__name__}')
                parts = [(days, 86400000000), (weeks, 604800000000), (hours, 3600000000), (minutes, 60000000),
                         (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)]
                total = 0
                frac = 0.0
                for v, scale in parts:
                    if isinstance(v, float):
                        frac += v * scale
                    else:
                        total += v * scale
                if frac:
                    whole = round(frac)
                    total += whole
                return cls._from_us(total)

            @classmethod
            def _from_us(cls, us):
                days, rest = divmod(us, 86400000000)
                if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
                    raise OverflowError(f'days={days}; must have magnitude <= {_MAX_DELTA_DAYS}')
                seconds, micro = divmod(rest, 1000000)
                self = object.__new__(cls)
                self._days = days
                self._seconds = seconds
                self._microseconds = micro
                self._hashcode = -1
                return self

            days = property(lambda self: self._days)
            seconds = property(lambda self: self._seconds)
            microseconds = property(lambda self: self._microseconds)

            def _to_us(self):
                return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

            def total_seconds(self):
                return self._to_us() / 10 ** 6

            def __repr__(self):
                args = []
                if self._days:
                    args.append('days=%d' % self._days)
                if self._seconds:
                    args.append('seconds=%d' % self._seconds)
                if self._microseconds:
                    args.append('microseconds=%d' % self._microseconds)
                if not args:
                    args.append('0')
                return '%s.%s(%s)' % (_module_of(self), type(self).__qualname__, ', '.join(args))

            def __str__(self):
                mm, ss = divmod(self._seconds, 60)
                hh, mm = divmod(mm, 60)
                s = '%d:%02d:%02d' % (hh, mm, ss)
                if self._days:
                    s = ('%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's')) + s
                if self._microseconds:
                    s += '.%06d' % self._microseconds
                return s

            def __add__(self, other):
                if isinstance(other, timedelta):
                    return timedelta._from_us(self._to_us() + other._to_us())
                return NotImplemented

            __radd__ = __add__

            def __sub__(self, other):
                if isinstance(other, timedelta):
                    return timedelta._from_us(self._to_us() - other._to_us())
                return NotImplemented

            def __rsub__(self, other):
                if isinstance(other, timedelta):
                    return -self + other
                return NotImplemented

            def __neg__(self):
                return timedelta._from_us(-self._to_us())

            def __pos__(self):
                return self

            def __abs__(self):
                return -self if self._days < 0 else self

            def __mul__(self, other):
                if isinstance(other, int):
                    return timedelta._from_us(self._to_us() * other)
                if isinstance(other, float):
                    return timedelta._from_us(round(self._to_us() * other))
                return NotImplemented

            __rmul__ = __mul__

            def __floordiv__(self, other):
                if isinstance(other, timedelta):
                    return self._to_us() // other._to_us()
                if isinstance(other, int):
                    return timedelta._from_us(self._to_us() // other)
                return NotImplemented

            def __truediv__(self, other):
                if isinstance(other, timedelta):
                    return self._to_us() / other._to_us()
                if isinstance(other, (int, float)):
                    return timedelta._from_us(round(self._to_us() / other))
                return NotImplemented

            def __mod__(self, other):
                if isinstance(other, timedelta):
                    return timedelta._from_us(self._to_us() % other._to_us())
                return NotImplemented

            def __divmod__(self, other):
                if isinstance(other, timedelta):
                    q, r = divmod(self._to_us(), other._to_us())
                    return q, timedelta._from_us(r)
                return NotImplemented

            def __eq__(self, other):
                return self._to_us() == other._to_us() if isinstance(other, timedelta) else NotImplemented

            def __lt__(self, other):
                return self._to_us() < other._to_us() if isinstance(other, timedelta) else NotImplemented

            def __le__(self, other):
                return self._to_us() <= other._to_us() if isinstance(other, timedelta) else NotImplemented

            def __gt__(self, other):
                return self._to_us() > other._to_us() if isinstance(other, timedelta) else NotImplemented

            def __ge__(self, other):
                return self._to_us() >= other._to_us() if isinstance(other, timedelta) else NotImplemented

            def __hash__(self):
                return hash((self._days, self._seconds, self._microseconds))

            def __bool__(self):
                return bool(self._days or self._seconds or self._microseconds)

            def __reduce__(self):
                return type(self), (self._days, self._seconds, self._microseconds)


        timedelta.min = timedelta(-_MAX_DELTA_DAYS)
        timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59, microseconds=999999)
        timedelta.resolution = timedelta(microseconds=1)


        def _module_of(obj):
            m = type(obj).__module__
            return 'datetime' if m == 'datetime' else m


        class IsoCalendarDate(tuple):
            __module__ = 'datetime'

            def __new__(cls, year, week, weekday):
                return tuple.__new__(cls, (year, week, weekday))

            year = property(lambda self: self[0])
            week = property(lambda self: self[1])
            weekday = property(lambda self: self[2])

            def __repr__(self):
                return f'{_module_of(self)}.{self.__class__.__name__}(year={self[0]}, week={self[1]}, weekday={self[2]})'


        def _iso_week1_monday(year):
            first = _ymd2ord(year, 1, 1)
            firstweekday = (first + 6) % 7
            week1 = first - firstweekday
            if firstweekday > 3:
                week1 += 7
            return week1


        def _parse_isodate(s):
            # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
            if len(s) >= 8 and s[4] == '-' and s[5] != 'W' and len(s) == 10 and s[7] == '-':
                return int(s[0:4]), int(s[5:7]), int(s[8:10])
            if len(s) == 8 and s.isdigit():
                return int(s[0:4]), int(s[4:6]), int(s[6:8])
            if 'W' in s:
                body = s.replace('-', '')
                if len(body) in (7, 8) and body[4] == 'W' and body[:4].isdigit() and body[5:].isdigit():
                    wd = int(body[7]) if len(body) == 8 else 1
                    y, m, d = date.fromisocalendar(int(body[:4]), int(body[5:7]), wd)._ymd()
                    return y, m, d
            raise ValueError


        class date:
            __module__ = 'datetime'
            __slots__ = ('_year', '_month', '_day', '_hashcode')

            def __new__(cls, year, month=None, day=None):
                year, month, day = _check_date_fields(year, month, day)
                self = object.__new__(cls)
                self._year = year
                self._month = month
                self._day = day
                self._hashcode = -1
                return self

            year = property(lambda self: self._year)
            month = property(lambda self: self._month)
            day = property(lambda self: self._day)

            def _ymd(self):
                return self._year, self._month, self._day

            @classmethod
            def today(cls):
                return cls.fromtimestamp(_now_us() / 1e6)

            @classmethod
            def fromtimestamp(cls, t):
                d = datetime.fromtimestamp(t)
                return cls(d.year, d.month, d.day)

            @classmethod
            def fromordinal(cls, n):
                if not 1 <= n <= 3652059:
                    raise ValueError(f'ordinal must be >= 1')
                return cls(*_ord2ymd(n))

            @classmethod
            def fromisoformat(cls, date_string):
                if not isinstance(date_string, str):
                    raise TypeError('fromisoformat: argument must be str')
                try:
                    return cls(*_parse_isodate(date_string))
                except (ValueError, IndexError):
                    raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

            @classmethod
            def fromisocalendar(cls, year, week, day):
                if not MINYEAR <= year <= MAXYEAR:
                    raise ValueError(f'Year is out of range: {year}')
                if not 0 < week < 53:
                    out_of_range = True
                    if week == 53:
                        first_weekday = _ymd2ord(year, 1, 1) % 7
                        if first_weekday == 4 or (first_weekday == 3 and _days_in_month(year, 2) == 29):
                            out_of_range = False
                    if out_of_range:
                        raise ValueError(f'Invalid week: {week}')
                if not 0 < day < 8:
                    raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
                n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
                return cls(*_ord2ymd(n))

            def toordinal(self):
                return _ymd2ord(self._year, self._month, self._day)

            def weekday(self):
                return (self.toordinal() + 6) % 7

            def isoweekday(self):
                return self.toordinal() % 7 or 7

            def isocalendar(self):
                year = self._year
                week1 = _iso_week1_monday(year)
                today = self.toordinal()
                week, day = divmod(today - week1, 7)
                if week < 0:
                    year -= 1
                    week1 = _iso_week1_monday(year)
                    week, day = divmod(today - week1, 7)
                elif week >= 52 and today >= _iso_week1_monday(year + 1):
                    year += 1
                    week = 0
                return IsoCalendarDate(year, week + 1, day + 1)

            def replace(self, year=None, month=None, day=None):
                return type(self)(self._year if year is None else year, self._month if month is None else month,
                                  self._day if day is None else day)

            __replace__ = replace

            def isoformat(self):
                return '%04d-%02d-%02d' % (self._year, self._month, self._day)

            __str__ = isoformat

            def __repr__(self):
                return '%s.%s(%d, %d, %d)' % (_module_of(self), type(self).__qualname__, self._year, self._month, self._day)

            def _yday(self):
                return self.toordinal() - _ymd2ord(self._year, 1, 1) + 1

            def timetuple(self):
                import time
                return time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

            def strftime(self, format):
                return _strftime(format, (self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday()), None, None, 0)

            def __format__(self, fmt):
                if not isinstance(fmt, str):
                    raise TypeError('must be str, not %s' % type(fmt).__name__)
                return self.strftime(fmt) if fmt else str(self)

            def ctime(self):
                return _strftime('%a %b %e %H:%M:%S %Y', (self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday()), None, None, 0)

            def _key(self):
                return (self._year, self._month, self._day)

            def __eq__(self, other):
                if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
                    return self._key() == other._key()
                return NotImplemented

            def _cmpcheck(self, other):
                return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

            def __lt__(self, other):
                return self._key() < other._key() if self._cmpcheck(other) else NotImplemented

            def __le__(self, other):
                return self._key() <= other._key() if self._cmpcheck(other) else NotImplemented

            def __gt__(self, other):
                return self._key() > other._key() if self._cmpcheck(other) else NotImplemented

            def __ge__(self, other):
                return self._key() >= other._key() if self._cmpcheck(other) else NotImplemented

            def __hash__(self):
                return hash(self._key())

            def __add__(self, other):
                if isinstance(other, timedelta):
                    o = self.toordinal() + other.days
                    if 0 < o <= 3652059:
                        return type(self).fromordinal(o)
                    raise OverflowError('date value out of range')
                return NotImplemented

            __radd__ = __add__

            def __sub__(self, other):
                if isinstance(other, timedelta):
                    return self + timedelta(-other.days)
                if isinstance(other, date) and not isinstance(other, datetime):
                    return timedelta(self.toordinal() - other.toordinal())
                return NotImplemented

            def __reduce__(self):
                return type(self), (self._year, self._month, self._day)


        date.min = date(1, 1, 1)
        date.max = date(9999, 12, 31)
        date.resolution = timedelta(days=1)

        """;
}
