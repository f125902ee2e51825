from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(0), timedelta(-1), timedelta(seconds=-1), timedelta(hours=-25), timedelta(microseconds=1500),
          timedelta(weeks=2), timedelta(days=1.5), timedelta(milliseconds=1), timedelta(seconds=0.5), timedelta(minutes=-0.25)]:
    print(repr(t), str(t))
print(td + td, td - timedelta(days=2), -td, abs(-td), td * 2, 3 * td, td / 2, td // 3, td / td, td // timedelta(hours=1))
print(td % timedelta(hours=1), divmod(td, timedelta(hours=5)), td * 0.5, bool(timedelta(0)), timedelta(1) > timedelta(hours=23))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(hours=1) == timedelta(minutes=60))

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar())
print(d + timedelta(days=1), d - timedelta(days=60), d - date(2023, 1, 1), date.fromordinal(738000), date.fromisoformat("2021-12-31"))
print(d.replace(year=2028), d.strftime("%A %d %B %Y (%j) %U %W %a %b"), d.ctime(), format(d, "%m/%d"), f"{d:%Y}")
print(date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar(), date.fromisocalendar(2020, 53, 5), date(2024, 1, 1) < date(2024, 1, 2))
print(date.min, date.max, d.timetuple()[:8], date(2024, 3, 1) == date(2024, 3, 1), len({date(2024, 1, 1), date(2024, 1, 1)}))

t = time(13, 5, 9, 250)
print(repr(t), str(t), t.isoformat("milliseconds"), t.isoformat("minutes"), t.isoformat("hours"), repr(time()), repr(time(1, 2, 3)))
print(t.strftime("%I:%M %p %H|%f"), time.fromisoformat("04:23:01.000384"), time.fromisoformat("T10:00+02:00"), repr(time(5, tzinfo=timezone.utc)))
print(time(1) < time(2), t.replace(hour=1), time(12, 0, tzinfo=timezone(timedelta(hours=1))).isoformat())

dt = datetime(2024, 5, 17, 14, 30, 45, 123456)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), dt.weekday())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 10, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 7)))
print(dt + timedelta(days=20, hours=12), dt - timedelta(weeks=1), dt - datetime(2024, 1, 1), datetime(2024, 12, 31, 23, 59) + timedelta(minutes=2))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %p %I %y %%"), dt.ctime(), f"{dt:%H:%M}", dt.timetuple())
print(datetime.fromisoformat("2024-05-17T14:30:45"), datetime.fromisoformat("2024-05-17 14:30:45.5+05:30"), datetime.fromisoformat("2024-05-17"))
print(repr(datetime.fromisoformat("2024-05-17T14:30:45Z")), datetime.fromisoformat("20240517T143045"))
print(datetime.strptime("2024-05-17 14:30:45", "%Y-%m-%d %H:%M:%S"), datetime.strptime("17/May/2024:02:03 PM", "%d/%b/%Y:%I:%M %p"))
print(repr(datetime.strptime("2024-01-02T03:04:05.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z")), datetime.strptime("99 12", "%y %j"))
print(datetime.combine(date(2024, 1, 2), time(3, 4)), datetime(2024, 1, 1).replace(day=9, hour=8))
aware = datetime(2024, 5, 17, 12, 0, tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2), "CEST")
print(repr(aware), aware, aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.timestamp())
print(aware.astimezone(plus2), repr(aware.astimezone(plus2)), aware.astimezone(plus2) == aware, aware.strftime("%z %Z %:z"))
print(repr(timezone.utc), repr(plus2), str(plus2), repr(timezone(timedelta(hours=-5, minutes=-30))), str(timezone(timedelta(hours=-5, minutes=-30))))
print(UTC is timezone.utc, timezone(timedelta(0)), datetime(2024, 1, 1, tzinfo=UTC) - datetime(2023, 12, 31, 22, tzinfo=plus2))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc), datetime.utcfromtimestamp(86400 * 365))
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-3))), MINYEAR, MAXYEAR, datetime.min, datetime.max)
print(sorted([datetime(2024, 3, 1), datetime(2023, 3, 1), datetime(2024, 1, 1)]))
print(isinstance(dt, date), issubclass(timezone, tzinfo), date(2024, 1, 1) == datetime(2024, 1, 1))
print(isinstance(datetime.now(), datetime), isinstance(date.today(), date), datetime.now(timezone.utc).tzinfo)
for f in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2024, 13, 1), lambda: time(24), lambda: datetime(2024, 1, 1, 0, 60),
          lambda: date(2024, 1, 1.5), lambda: datetime(2024, 1, 1) < aware, lambda: datetime(2024, 1, 1) - aware,
          lambda: date.fromisoformat("2024-1-1"), lambda: datetime.strptime("2024", "%Y-%m"), lambda: datetime.strptime("2024-01-01x", "%Y-%m-%d"),
          lambda: timedelta(days=10**9), lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: date.max + timedelta(1),
          lambda: timezone(timedelta(hours=24)), lambda: datetime(2024, 1, 1, tzinfo=5)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
