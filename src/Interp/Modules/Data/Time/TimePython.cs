namespace GilGrid.Interp.Modules.Data.Time;

/// <summary>The Python part of `time`: struct_time and the functions that take or return it.</summary>
internal static class TimePython
{
    public const string Source = """
        _FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


        class struct_time(tuple):
            __module__ = 'time'
            n_sequence_fields = 9
            n_fields = 11
            n_unnamed_fields = 0

            def __new__(cls, seq, dict=None):
                seq = tuple(seq)
                if len(seq) < 9:
                    raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)')
                if len(seq) > 11:
                    raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)')
                self = tuple.__new__(cls, seq[:9])
                extra = seq[9:] + (None, None)
                self._zone = extra[0]
                self._gmtoff = extra[1]
                return self

            tm_year = property(lambda self: self[0])
            tm_mon = property(lambda self: self[1])
            tm_mday = property(lambda self: self[2])
            tm_hour = property(lambda self: self[3])
            tm_min = property(lambda self: self[4])
            tm_sec = property(lambda self: self[5])
            tm_wday = property(lambda self: self[6])
            tm_yday = property(lambda self: self[7])
            tm_isdst = property(lambda self: self[8])
            tm_zone = property(lambda self: self._zone)
            tm_gmtoff = property(lambda self: self._gmtoff)

            def __repr__(self):
                return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

            __str__ = __repr__

            def __reduce__(self):
                return (struct_time, (tuple(self) + (self._zone, self._gmtoff),))


        def gmtime(secs=None):
            t = _broken(secs, False)
            return struct_time(t[:9] + ('GMT', 0))


        def localtime(secs=None):
            return struct_time(_broken(secs, True))


        def _as_tuple(t, name):
            if t is None:
                return tuple(localtime()) + (localtime().tm_zone, localtime().tm_gmtoff)
            if not isinstance(t, tuple):
                raise TypeError(f'Tuple or struct_time argument required')
            if len(t) != 9:
                raise TypeError(f'{name}(): illegal time tuple argument')
            if isinstance(t, struct_time):
                return tuple(t) + (t.tm_zone, t.tm_gmtoff)
            return tuple(t)


        def strftime(format, t=None):
            if not isinstance(format, str):
                raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
            return _strftime(format, _as_tuple(t, 'strftime'))


        def asctime(t=None):
            return _strftime('%a %b %e %H:%M:%S %Y', _as_tuple(t, 'asctime'))


        def ctime(secs=None):
            return asctime(localtime(secs))


        def mktime(t):
            if not isinstance(t, tuple) or len(t) != 9:
                raise TypeError('mktime(): illegal time tuple argument')
            return _mktime(t)


        def strptime(string, format='%a %b %d %H:%M:%S %Y'):
            import datetime
            return datetime.datetime.strptime(string, format).timetuple()
        """;
}
