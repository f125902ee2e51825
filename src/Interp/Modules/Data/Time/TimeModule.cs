using System.Diagnostics;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Time;

/// <summary>
/// `time`: clocks, sleep (interruptible by the interpreter's cancellation and deadline), conversions
/// between seconds and broken-down time (UTC and the host's local zone), strftime; struct_time is
/// a tuple subclass in the module's Python part.
/// </summary>
internal static class TimeModule
{
    public static readonly NativeModuleDef Def = new("time", Exec);
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly long StartTicks = Stopwatch.GetTimestamp();

    private static void Exec(Interpreter interp, PyModule m)
    {
        void F(string name, NativeFn fn) => ModuleKit.Fn(m, name, fn);
        F("time", (s, a, k) => new PyFloat((DateTime.UtcNow - Epoch).Ticks / 1e7));
        F("time_ns", (s, a, k) => PyInt.From((DateTime.UtcNow - Epoch).Ticks * 100));
        F("monotonic", (s, a, k) => new PyFloat(Stopwatch.GetElapsedTime(StartTicks).TotalSeconds));
        F("monotonic_ns", (s, a, k) => PyInt.From(Stopwatch.GetElapsedTime(StartTicks).Ticks * 100));
        F("perf_counter", (s, a, k) => new PyFloat(Stopwatch.GetElapsedTime(StartTicks).TotalSeconds));
        F("perf_counter_ns", (s, a, k) => PyInt.From(Stopwatch.GetElapsedTime(StartTicks).Ticks * 100));
        F("process_time", (s, a, k) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        F("process_time_ns", (s, a, k) => PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        F("thread_time", (s, a, k) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        F("sleep", (s, a, k) => { ArgCheck.Count("sleep", a, 1, 1); Sleep(interp, a[0]); return Py.None; });
        F("_broken", (s, a, k) => Broken(a[0] == Py.None ? DateTime.UtcNow : FromSeconds(a[0]), Ops.IsTrue(a[1])));
        F("_mktime", (s, a, k) => MkTime(a[0]));
        F("_strftime", (s, a, k) =>
        {
            var t = ToBroken(a[1]);
            return PyStr.From(TimeFormat.Strftime(ModuleKit.Str(a[0], "strftime() argument 1"), t, false));
        });
        var (std, dst, offset) = LocalZone();
        m.Globals.Set("timezone", PyInt.From(-offset));
        m.Globals.Set("altzone", PyInt.From(-offset));
        m.Globals.Set("daylight", PyInt.From(0));
        m.Globals.Set("tzname", PyTuple.Of(PyStr.From(std), PyStr.From(dst)));
        ModuleKit.RunPython(interp, m, TimePython.Source);
    }

    /// <summary>Sleeps in short slices so that cancellation and the interpreter's deadline still apply.</summary>
    private static void Sleep(Interpreter interp, PyObject secs)
    {
        double d = secs switch
        {
            PyFloat f => f.V,
            PyInt i => (double)i.AsBig,
            _ => (double)Ops.Index(secs).AsBig,
        };
        if (double.IsNaN(d)) throw PyError.ValueError("Invalid value NaN (not a number)");
        if (d < 0) throw PyError.ValueError("sleep length must be non-negative");
        var until = Stopwatch.GetTimestamp() + (long)(Math.Min(d, 1e9) * Stopwatch.Frequency);
        var token = interp.Options.Cancellation;
        while (true)
        {
            long left = until - Stopwatch.GetTimestamp();
            if (left <= 0) return;
            int ms = (int)Math.Min(50, Math.Ceiling(left * 1000.0 / Stopwatch.Frequency));
            token.WaitHandle.WaitOne(ms);
            interp.CheckBudget();
        }
    }

    private static DateTime FromSeconds(PyObject o)
    {
        double secs = o switch
        {
            PyFloat f => f.V,
            PyInt i => (double)i.AsBig,
            _ => (double)Ops.Index(o).AsBig,
        };
        if (double.IsNaN(secs)) throw PyError.ValueError("Invalid value NaN (not a number)");
        double whole = Math.Floor(secs);
        if (whole < -62135596800.0 || whole > 253402300799.0) throw PyError.Overflow("timestamp out of range for platform time_t");
        return Epoch.AddSeconds(whole);
    }

    /// <summary>(year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) in UTC or local time.</summary>
    private static PyObject Broken(DateTime utc, bool local)
    {
        var dt = utc;
        int off = 0;
        string zone = "UTC";
        if (local)
        {
            var tz = TimeZoneInfo.Local;
            var offset = tz.GetUtcOffset(utc);
            dt = utc + offset;
            off = (int)offset.TotalSeconds;
            zone = tz.IsDaylightSavingTime(utc) ? LocalZone().Dst : LocalZone().Std;
        }
        int wday = ((int)dt.DayOfWeek + 6) % 7;
        return PyTuple.Of(PyInt.From(dt.Year), PyInt.From(dt.Month), PyInt.From(dt.Day), PyInt.From(dt.Hour),
            PyInt.From(dt.Minute), PyInt.From(dt.Second), PyInt.From(wday), PyInt.From(dt.DayOfYear),
            PyInt.From(local && TimeZoneInfo.Local.IsDaylightSavingTime(utc) ? 1 : 0), PyStr.From(zone), PyInt.From(off));
    }

    private static (string Std, string Dst, int Offset) LocalZone()
    {
        var tz = TimeZoneInfo.Local;
        int off = (int)tz.BaseUtcOffset.TotalSeconds;
        // .NET has no zone abbreviations; UTC hosts (the common case) get CPython's "UTC".
        string std = off == 0 && !tz.SupportsDaylightSavingTime ? "UTC" : tz.StandardName;
        string dst = tz.SupportsDaylightSavingTime ? tz.DaylightName : std;
        return (std, dst, off);
    }

    private static int Field(PyObject t, int i) => (int)Ops.Index(Ops.GetItem(t, PyInt.From(i))).ToInt64();

    private static BrokenTime ToBroken(PyObject t)
    {
        int year = Field(t, 0), mon = Field(t, 1), mday = Field(t, 2), hour = Field(t, 3), min = Field(t, 4), sec = Field(t, 5);
        int wday = Field(t, 6), yday = Field(t, 7);
        if (mon == 0) mon = 1;
        if (mday == 0) mday = 1;
        if (yday == 0) yday = 1;
        if (mon < 1 || mon > 12) throw PyError.ValueError("month out of range");
        if (mday < 1 || mday > 31) throw PyError.ValueError("day of month out of range");
        if (hour < 0 || hour > 23) throw PyError.ValueError("hour out of range");
        if (min < 0 || min > 59) throw PyError.ValueError("minute out of range");
        if (sec < 0 || sec > 61) throw PyError.ValueError("seconds out of range");
        if (yday < 1 || yday > 366) throw PyError.ValueError("day of year out of range");
        if (wday < 0) throw PyError.ValueError("day of week out of range");
        string? zone = Ops.Len(t) > 9 && Ops.GetItem(t, PyInt.From(9)) is PyStr z ? z.Value : null;
        int? off = Ops.Len(t) > 10 && Ops.GetItem(t, PyInt.From(10)) is PyInt o ? (int)o.V : null;
        return new BrokenTime(year, mon, mday, hour, min, Math.Min(sec, 59), wday % 7, yday, 0, zone ?? LocalZone().Std, off ?? LocalZone().Offset);
    }

    private static PyObject MkTime(PyObject t)
    {
        int year = Field(t, 0), mon = Field(t, 1), mday = Field(t, 2), hour = Field(t, 3), min = Field(t, 4), sec = Field(t, 5);
        // mktime normalises out-of-range fields by carrying, as C's mktime does.
        var dt = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
            .AddMonths(mon - 1).AddDays(mday - 1).AddHours(hour).AddMinutes(min).AddSeconds(sec);
        var utc = dt - TimeZoneInfo.Local.GetUtcOffset(dt);
        return new PyFloat((utc - DateTime.SpecifyKind(Epoch, DateTimeKind.Unspecified)).Ticks / 1e7);
    }
}
