import time

t = time.gmtime(1700000000.5)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], tuple(t), type(t).__name__, isinstance(t, tuple))
print(time.strftime("%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W|%x|%X|%y %Y %% %e %C %D %F %T %R %u %V %G %g %h %k %l %P", t))
print(time.strftime("%Y-%m-%d", (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%j %U %W", (2021, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime(t), time.asctime((2024, 2, 9, 5, 6, 7, 4, 40, 0)))
for secs in [0, -1, 86399, 951782400, 4102444800, -86400 * 366]:
    print(secs, tuple(time.gmtime(secs)))
print(time.gmtime(1.9)[:6], time.gmtime(-1.5)[:6])
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)))
a = time.time()
b = time.monotonic()
c = time.perf_counter()
time.sleep(0.01)
print(time.time() >= a, time.monotonic() - b >= 0.009, time.perf_counter() - c >= 0.009, isinstance(time.time_ns(), int))
for f in [lambda: time.sleep(-1), lambda: time.gmtime("x"), lambda: time.struct_time((1, 2)),
          lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
