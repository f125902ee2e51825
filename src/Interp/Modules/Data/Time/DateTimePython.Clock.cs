namespace GilGrid.Interp.Modules.Data.Time;

// The Python part of `datetime`, continued: tzinfo, timezone, time and datetime.
internal static partial class DateTimePython
{
    private const string TimeAndZone = """

        class tzinfo:
            __module__ = 'datetime'
            __slots__ = ()

            def tzname(self, dt):
                raise NotImplementedError('tzinfo subclass must override tzname()')

            def utcoffset(self, dt):
                raise NotImplementedError('tzinfo subclass must override utcoffset()')

            def dst(self, dt):
                raise NotImplementedError('tzinfo subclass must override dst()')

            def fromutc(self, dt):
                if not isinstance(dt, datetime):
                    raise TypeError('fromutc() requires a datetime argument')
                if dt.tzinfo is not self:
                    raise ValueError('dt.tzinfo is not self')
                dtoff = dt.utcoffset()
                if dtoff is None:
                    raise ValueError('fromutc() requires a non-None utcoffset() result')
                dtdst = dt.dst()
                if dtdst is None:
                    raise ValueError('fromutc() requires a non-None dst() result')
                delta = dtoff - dtdst
                if delta:
                    dt += delta
                    dtdst = dt.dst()
                return dt + dtdst if dtdst else dt


        def _check_offset(name, offset):
            if offset is None:
                return
            if not isinstance(offset, timedelta):
                raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
            if not -timedelta(1) < offset < timedelta(1):
                raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset!r}.')


        class timezone(tzinfo):
            __module__ = 'datetime'
            __slots__ = ('_offset', '_name')

            def __new__(cls, offset, name=None):
                if not isinstance(offset, timedelta):
                    raise TypeError('offset must be a timedelta')
                if name is not None and not isinstance(name, str):
                    raise TypeError('name must be a string')
                if not -timedelta(1) < offset < timedelta(1):
                    raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset!r}.')
                self = tzinfo.__new__(cls)
                self._offset = offset
                self._name = name
                return self

            def utcoffset(self, dt):
                return self._offset

            def dst(self, dt):
                return None

            def tzname(self, dt):
                if self._name is not None:
                    return self._name
                if not self._offset:
                    return 'UTC'
                return 'UTC' + _format_offset(self._offset)

            def fromutc(self, dt):
                if not isinstance(dt, datetime):
                    raise TypeError('fromutc() argument must be a datetime instance or None')
                if dt.tzinfo is not self:
                    raise ValueError('fromutc: dt.tzinfo is not self')
                return dt + self._offset

            def __repr__(self):
                if self is timezone.utc:
                    return 'datetime.timezone.utc'
                if self._name is None:
                    return f'datetime.timezone({self._offset!r})'
                return f'datetime.timezone({self._offset!r}, {self._name!r})'

            def __str__(self):
                return self.tzname(None)

            def __eq__(self, other):
                return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

            def __hash__(self):
                return hash(self._offset)

            def __reduce__(self):
                return (timezone, (self._offset,) if self._name is None else (self._offset, self._name))


        timezone.utc = timezone(timedelta(0))
        timezone.min = timezone(-timedelta(hours=23, minutes=59))
        timezone.max = timezone(timedelta(hours=23, minutes=59))
        UTC = timezone.utc


        def _parse_isotime(s):
            # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]] or Z; also the basic forms without colons.
            tz = None
            for i, c in enumerate(s):
                if c in '+-Z':
                    tzpart = s[i:]
                    s = s[:i]
                    if tzpart == 'Z':
                        tz = timezone.utc
                    else:
                        sign = -1 if tzpart[0] == '-' else 1
                        h, m, sec, us = _parse_hms(tzpart[1:])
                        off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                        tz = timezone.utc if not off else timezone(sign * off)
                    break
            h, m, sec, us = _parse_hms(s)
            return h, m, sec, us, tz


        def _parse_hms(s):
            frac = 0
            for sep in '.,':
                if sep in s:
                    s, f = s.split(sep)
                    if not f.isdigit() or not 1 <= len(f):
                        raise ValueError
                    frac = int((f + '000000')[:6])
            if ':' in s:
                parts = s.split(':')
            else:
                if len(s) % 2:
                    raise ValueError
                parts = [s[i:i + 2] for i in range(0, len(s), 2)]
            if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
                raise ValueError
            nums = [int(p) for p in parts] + [0, 0]
            return nums[0], nums[1], nums[2], frac


        def _add_clock_fields(cls):
            # time and datetime expose the same six read-only fields; they share no base class in
            # CPython (datetime's MRO is datetime, date, object), so the properties are added to each.
            for name in ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'):
                setattr(cls, name, property((lambda attr: lambda self: getattr(self, attr))('_' + name)))


        class time:
            __module__ = 'datetime'
            __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

            def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
                hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
                _check_tzinfo(tzinfo)
                self = object.__new__(cls)
                self._hour = hour
                self._minute = minute
                self._second = second
                self._microsecond = microsecond
                self._tzinfo = tzinfo
                self._fold = fold
                self._hashcode = -1
                return self


            def utcoffset(self):
                if self._tzinfo is None:
                    return None
                off = self._tzinfo.utcoffset(None)
                _check_offset('utcoffset', off)
                return off

            def dst(self):
                return None if self._tzinfo is None else self._tzinfo.dst(None)

            def tzname(self):
                return None if self._tzinfo is None else self._tzinfo.tzname(None)

            def isoformat(self, timespec='auto'):
                s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                return s + _format_offset(self.utcoffset())

            __str__ = isoformat

            def __repr__(self):
                if self._microsecond:
                    s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
                elif self._second:
                    s = '%d, %d, %d' % (self._hour, self._minute, self._second)
                else:
                    s = '%d, %d' % (self._hour, self._minute)
                if self._tzinfo is not None:
                    s += ', tzinfo=%r' % self._tzinfo
                if self._fold:
                    s += ', fold=1'
                return '%s.%s(%s)' % (_module_of(self), type(self).__qualname__, s)

            @classmethod
            def fromisoformat(cls, time_string):
                if not isinstance(time_string, str):
                    raise TypeError('fromisoformat: argument must be str')
                try:
                    s = time_string[1:] if time_string[:1] == 'T' else time_string
                    h, m, sec, us, tz = _parse_isotime(s)
                    return cls(h, m, sec, us, tz)
                except (ValueError, IndexError):
                    raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

            def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
                return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                                  self._second if second is None else second,
                                  self._microsecond if microsecond is None else microsecond,
                                  self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

            __replace__ = replace

            def strftime(self, format):
                off = self.utcoffset()
                return _strftime(format, (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1),
                                 self.tzname(), None if off is None else off.days * 86400 + off.seconds,
                                 0 if off is None else off.microseconds)

            def __format__(self, fmt):
                return self.strftime(fmt) if fmt else str(self)

            def _key(self):
                off = self.utcoffset()
                us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
                return us if off is None else us - off._to_us(), off is None

            def _cmp(self, other):
                a, anaive = self._key()
                b, bnaive = other._key()
                if anaive != bnaive:
                    raise TypeError("can't compare offset-naive and offset-aware times")
                return _cmp(a, b)

            def __eq__(self, other):
                if not isinstance(other, time):
                    return NotImplemented
                a, anaive = self._key()
                b, bnaive = other._key()
                return anaive == bnaive and a == b

            def __lt__(self, other):
                return self._cmp(other) < 0 if isinstance(other, time) else NotImplemented

            def __le__(self, other):
                return self._cmp(other) <= 0 if isinstance(other, time) else NotImplemented

            def __gt__(self, other):
                return self._cmp(other) > 0 if isinstance(other, time) else NotImplemented

            def __ge__(self, other):
                return self._cmp(other) >= 0 if isinstance(other, time) else NotImplemented

            def __hash__(self):
                return hash(self._key())

            def __reduce__(self):
                return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


        _add_clock_fields(time)
        time.min = time(0, 0, 0)
        time.max = time(23, 59, 59, 999999)
        time.resolution = timedelta(microseconds=1)

        """;

    private const string DateTimeClass = """

        class datetime(date):
            __module__ = 'datetime'
            __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

            def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
                year, month, day = _check_date_fields(year, month, day)
                hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
                _check_tzinfo(tzinfo)
                self = object.__new__(cls)
                self._year = year
                self._month = month
                self._day = day
                self._hour = hour
                self._minute = minute
                self._second = second
                self._microsecond = microsecond
                self._tzinfo = tzinfo
                self._fold = fold
                self._hashcode = -1
                return self


            @classmethod
            def _from_us_naive(cls, us, tz=None):
                days, rest = divmod(us, 86400000000)
                y, m, d = _ord2ymd(days + 719163)
                secs, micro = divmod(rest, 1000000)
                hh, rem = divmod(secs, 3600)
                mm, ss = divmod(rem, 60)
                return cls(y, m, d, hh, mm, ss, micro, tz)

            def _local_us(self):
                return (self.toordinal() - 719163) * 86400000000 + ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

            @classmethod
            def fromtimestamp(cls, t, tz=None):
                _check_tzinfo(tz)
                us = round(t * 1000000) if isinstance(t, float) else t * 1000000
                if tz is None:
                    return cls._from_us_naive(us + _local_offset(t) * 1000000)
                return tz.fromutc(cls._from_us_naive(us, tz))

            @classmethod
            def utcfromtimestamp(cls, t):
                us = round(t * 1000000) if isinstance(t, float) else t * 1000000
                return cls._from_us_naive(us)

            @classmethod
            def now(cls, tz=None):
                return cls.fromtimestamp(_now_us() / 1e6, tz)

            @classmethod
            def today(cls):
                return cls.now()

            @classmethod
            def utcnow(cls):
                return cls._from_us_naive(_now_us())

            @classmethod
            def combine(cls, date, time, tzinfo=True):
                if tzinfo is True:
                    tzinfo = time.tzinfo
                return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                           tzinfo, fold=time.fold)

            @classmethod
            def fromisoformat(cls, date_string):
                if not isinstance(date_string, str):
                    raise TypeError('fromisoformat: argument must be str')
                try:
                    datepart = date_string
                    timepart = None
                    if len(date_string) > 10 and date_string[10] in 'T ' and date_string[4] == '-':
                        datepart, timepart = date_string[:10], date_string[11:]
                    elif len(date_string) > 8 and date_string[8] == 'T':
                        datepart, timepart = date_string[:8], date_string[9:]
                    y, m, d = _parse_isodate(datepart)
                    if timepart is None:
                        return cls(y, m, d)
                    hh, mm, ss, us, tz = _parse_isotime(timepart)
                    return cls(y, m, d, hh, mm, ss, us, tz)
                except (ValueError, IndexError):
                    raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

            @classmethod
            def strptime(cls, date_string, format):
                y, m, d, hh, mm, ss, us, off, offus, name = _strptime(date_string, format)
                tz = None
                if off is not None:
                    delta = timedelta(seconds=off, microseconds=offus)
                    tz = timezone.utc if not delta and name is None else timezone(delta, name) if name else timezone(delta)
                return cls(y, m, d, hh, mm, ss, us, tz)

            def timestamp(self):
                if self._tzinfo is None:
                    local = self._local_us()
                    return (local - _local_offset(local / 1e6) * 1000000) / 1e6
                return (self - _EPOCH).total_seconds()

            def date(self):
                return date(self._year, self._month, self._day)

            def time(self):
                return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

            def timetz(self):
                return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

            def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                        tzinfo=True, *, fold=None):
                return type(self)(self._year if year is None else year, self._month if month is None else month,
                                  self._day if day is None else day, self._hour if hour is None else hour,
                                  self._minute if minute is None else minute, self._second if second is None else second,
                                  self._microsecond if microsecond is None else microsecond,
                                  self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

            __replace__ = replace

            def utcoffset(self):
                if self._tzinfo is None:
                    return None
                off = self._tzinfo.utcoffset(self)
                _check_offset('utcoffset', off)
                return off

            def dst(self):
                return None if self._tzinfo is None else self._tzinfo.dst(self)

            def tzname(self):
                return None if self._tzinfo is None else self._tzinfo.tzname(self)

            def astimezone(self, tz=None):
                if tz is None:
                    ts = self.timestamp()
                    off = timedelta(seconds=_local_offset(ts))
                    tz = timezone(off, _local_zone_name())
                elif not isinstance(tz, tzinfo):
                    raise TypeError('tz argument must be an instance of tzinfo')
                off = self.utcoffset()
                if off is None:
                    local = self._local_us()
                    utc_us = local - _local_offset(local / 1e6) * 1000000
                else:
                    utc_us = self._local_us() - off._to_us()
                utc = datetime._from_us_naive(utc_us, tz)
                return tz.fromutc(utc)

            def isoformat(self, sep='T', timespec='auto'):
                s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                return s + _format_offset(self.utcoffset())

            def __str__(self):
                return self.isoformat(sep=' ')

            def __repr__(self):
                L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
                if L[-1] == 0:
                    del L[-1]
                if L[-1] == 0:
                    del L[-1]
                s = '%s.%s(%s)' % (_module_of(self), type(self).__qualname__, ', '.join(map(str, L)))
                if self._tzinfo is not None:
                    s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
                if self._fold:
                    s = s[:-1] + ', fold=1)'
                return s

            def _tuple9(self):
                return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond,
                        self.weekday(), self._yday())

            def strftime(self, format):
                off = self.utcoffset()
                return _strftime(format, self._tuple9(), self.tzname(),
                                 None if off is None else off.days * 86400 + off.seconds, 0 if off is None else off.microseconds)

            def ctime(self):
                return _strftime('%a %b %e %H:%M:%S %Y', self._tuple9(), None, None, 0)

            def timetuple(self):
                import time as _time
                dst = self.dst()
                isdst = -1 if dst is None else 1 if dst else 0
                return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                          self.weekday(), self._yday(), isdst))

            def utctimetuple(self):
                off = self.utcoffset()
                d = self - off if off else self
                import time as _time
                return _time.struct_time((d.year, d.month, d.day, d.hour, d.minute, d.second, d.weekday(), d._yday(), 0))

            def _key(self):
                off = self.utcoffset()
                us = self._local_us()
                return (us if off is None else us - off._to_us()), off is None

            def _cmp(self, other, op):
                if not isinstance(other, datetime):
                    if isinstance(other, date):
                        raise TypeError(f"'{op}' not supported between instances of '{_module_of(self)}.{type(self).__qualname__}' and '{_module_of(other)}.{type(other).__qualname__}'")
                    return NotImplemented
                a, anaive = self._key()
                b, bnaive = other._key()
                if anaive != bnaive:
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return _cmp(a, b)

            def __eq__(self, other):
                if not isinstance(other, datetime):
                    return NotImplemented if not isinstance(other, date) else False
                a, anaive = self._key()
                b, bnaive = other._key()
                return anaive == bnaive and a == b

            def __lt__(self, other):
                c = self._cmp(other, '<')
                return c if c is NotImplemented else c < 0

            def __le__(self, other):
                c = self._cmp(other, '<=')
                return c if c is NotImplemented else c <= 0

            def __gt__(self, other):
                c = self._cmp(other, '>')
                return c if c is NotImplemented else c > 0

            def __ge__(self, other):
                c = self._cmp(other, '>=')
                return c if c is NotImplemented else c >= 0

            def __hash__(self):
                return hash(self._key()[0])

            def __add__(self, other):
                if not isinstance(other, timedelta):
                    return NotImplemented
                us = self._local_us() + other._to_us()
                if not -62135596800000000 <= us <= 253402300799999999:
                    raise OverflowError('date value out of range')
                return type(self)._from_us_naive(us, self._tzinfo)

            __radd__ = __add__

            def __sub__(self, other):
                if isinstance(other, timedelta):
                    return self + -other
                if not isinstance(other, datetime):
                    return NotImplemented
                a, anaive = self._key()
                b, bnaive = other._key()
                if self._tzinfo is other._tzinfo:
                    return timedelta(microseconds=self._local_us() - other._local_us())
                if anaive != bnaive:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                return timedelta(microseconds=a - b)

            def __reduce__(self):
                return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                    self._microsecond, self._tzinfo)


        _add_clock_fields(datetime)
        datetime.min = datetime(1, 1, 1)
        datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
        datetime.resolution = timedelta(microseconds=1)
        _EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

        __all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')
        """;
}
