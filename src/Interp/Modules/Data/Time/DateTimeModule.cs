using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Time;

/// <summary>
/// `datetime`: the classes are Python (DateTimePython, so they subclass and compare like CPython's);
/// calendar arithmetic, the clock, strftime and strptime are native helpers.
/// </summary>
internal static class DateTimeModule
{
    public static readonly NativeModuleDef Def = new("datetime", Exec);
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static int I(PyObject o) => (int)Ops.Index(o).ToInt64();

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "_ord2ymd", (s, a, k) =>
        {
            var d = DateTime.MinValue.AddDays(I(a[0]) - 1);
            return PyTuple.Of(PyInt.From(d.Year), PyInt.From(d.Month), PyInt.From(d.Day));
        });
        ModuleKit.Fn(m, "_ymd2ord", (s, a, k) => PyInt.From(new DateTime(I(a[0]), I(a[1]), I(a[2])).Subtract(DateTime.MinValue).Days + 1));
        ModuleKit.Fn(m, "_days_in_month", (s, a, k) => PyInt.From(DateTime.DaysInMonth(I(a[0]), I(a[1]))));
        ModuleKit.Fn(m, "_now_us", (s, a, k) => PyInt.From((DateTime.UtcNow - Epoch).Ticks / 10));
        ModuleKit.Fn(m, "_local_offset", (s, a, k) =>
        {
            // The host zone's UTC offset (seconds) at a POSIX timestamp.
            double ts = a[0] is PyFloat f ? f.V : (double)Ops.Index(a[0]).AsBig;
            var utc = Epoch.AddSeconds(Math.Clamp(ts, -62135596800.0, 253402300799.0));
            return PyInt.From((long)TimeZoneInfo.Local.GetUtcOffset(utc).TotalSeconds);
        });
        ModuleKit.Fn(m, "_local_zone_name", (s, a, k) =>
        {
            var tz = TimeZoneInfo.Local;
            return PyStr.From(tz.BaseUtcOffset == TimeSpan.Zero && !tz.SupportsDaylightSavingTime ? "UTC" : tz.StandardName);
        });
        // _strftime(fmt, (y, m, d, H, M, S, us, wday, yday), tzname or None, offset seconds or None, offset us)
        ModuleKit.Fn(m, "_strftime", (s, a, k) =>
        {
            var t = ((PyTuple)a[1]).Items;
            int? off = a[3] == Py.None ? null : I(a[3]);
            string fmt = ModuleKit.Str(a[0], "strftime() argument 1");
            // %z with sub-minute offsets needs the full form; precompute it and hand TimeFormat a marker-free format.
            if (off != null) fmt = ReplaceZ(fmt, TimeFormat.Offset(off.Value, "", I(a[4])), TimeFormat.Offset(off.Value, ":", I(a[4])));
            else fmt = ReplaceZ(fmt, "", "");
            var bt = new BrokenTime(I(t[0]), I(t[1]), I(t[2]), I(t[3]), I(t[4]), I(t[5]), I(t[7]), I(t[8]), I(t[6]),
                a[2] == Py.None ? "" : Ops.StrString(a[2]), off);
            return PyStr.From(TimeFormat.Strftime(fmt, bt, true));
        });
        ModuleKit.Fn(m, "_strptime", (s, a, k) =>
            Strptime(ModuleKit.Str(a[0], "strptime() argument 1"), ModuleKit.Str(a[1], "strptime() argument 2")));
        ModuleKit.RunPython(interp, m, DateTimePython.Source);
    }

    /// <summary>Substitutes %z and %:z (escaping any % in the result) before the generic formatter runs.</summary>
    private static string ReplaceZ(string fmt, string z, string colonZ)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            if (fmt[i] == '%' && i + 1 < fmt.Length)
            {
                if (fmt[i + 1] == 'z') { sb.Append(z); i++; continue; }
                if (fmt[i + 1] == ':' && i + 2 < fmt.Length && fmt[i + 2] == 'z') { sb.Append(colonZ); i += 2; continue; }
                sb.Append(fmt, i, 2);
                i++;
                continue;
            }
            sb.Append(fmt[i]);
        }
        return sb.ToString();
    }

    private static readonly Dictionary<char, string> Directives = new()
    {
        ['d'] = @"(?<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])", ['f'] = @"(?<f>[0-9]{1,6})",
        ['H'] = @"(?<H>2[0-3]|[0-1]\d|\d)", ['I'] = @"(?<I>1[0-2]|0[1-9]|[1-9]| [1-9])",
        ['G'] = @"(?<G>\d\d\d\d)", ['j'] = @"(?<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        ['m'] = @"(?<m>1[0-2]|0[1-9]|[1-9])", ['M'] = @"(?<M>[0-5]\d|\d)", ['S'] = @"(?<S>6[0-1]|[0-5]\d|\d)",
        ['U'] = @"(?<U>5[0-3]|[0-4]\d|\d)", ['w'] = @"(?<w>[0-6])", ['u'] = @"(?<u>[1-7])", ['V'] = @"(?<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        ['y'] = @"(?<y>\d\d)", ['Y'] = @"(?<Y>\d\d\d\d)", ['z'] = @"(?<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        ['A'] = "(?<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)", ['a'] = "(?<a>mon|tue|wed|thu|fri|sat|sun)",
        ['B'] = "(?<B>january|february|march|april|may|june|july|august|september|october|november|december)",
        ['b'] = "(?<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", ['p'] = "(?<p>am|pm)",
        ['Z'] = "(?<Z>utc|gmt)", ['%'] = "%",
    };

    /// <summary>
    /// Parses like CPython's _strptime (C locale): returns (year, month, day, hour, minute, second,
    /// microsecond, utcoffset seconds or None, offset microseconds, tzname or None).
    /// </summary>
    private static PyObject Strptime(string data, string format)
    {
        var sb = new StringBuilder("^");
        var seen = new HashSet<char>();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '%' && i + 1 < format.Length)
            {
                char d = format[++i];
                string? pat = d switch
                {
                    'c' => null, 'x' => null, 'X' => null,
                    _ => Directives.GetValueOrDefault(d),
                };
                if (d is 'c' or 'x' or 'X' or 'D' or 'T' or 'R' or 'F')
                {
                    string expanded = d switch { 'c' => "%a %b %d %H:%M:%S %Y", 'x' or 'D' => "%m/%d/%y", 'X' or 'T' => "%H:%M:%S", 'R' => "%H:%M", _ => "%Y-%m-%d" };
                    format = format[..(i - 1)] + expanded + format[(i + 1)..];
                    i -= 2;
                    continue;
                }
                if (pat == null) throw PyError.ValueError($"'{d}' is a bad directive in format '%{d}'");
                if (d != '%' && !seen.Add(d)) throw PyError.Make(Types.ValueError, $"redefinition of group name '{d}' as group 2; was group 1");
                sb.Append(pat);
            }
            else if (c == '%') throw PyError.ValueError("stray % in format '" + format + "'");
            else if (char.IsWhiteSpace(c)) { while (i + 1 < format.Length && char.IsWhiteSpace(format[i + 1])) i++; sb.Append(@"\s+"); }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        var m = Regex.Match(data, sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!m.Success) throw PyError.ValueError($"time data {StrMethods.Repr(data)} does not match format {StrMethods.Repr(format)}");
        if (m.Length != data.Length) throw PyError.ValueError("unconverted data remains: " + data[m.Length..]);
        int G(string n, int dflt) => m.Groups[n].Success ? int.Parse(m.Groups[n].Value.Trim(), CultureInfo.InvariantCulture) : dflt;
        int year = m.Groups["Y"].Success ? G("Y", 1900) : m.Groups["y"].Success ? (G("y", 0) is var yy && yy <= 68 ? 2000 + yy : 1900 + yy) : 1900;
        int month = G("m", 1), day = G("d", 1);
        if (m.Groups["B"].Success) month = Array.FindIndex(TimeFormat.MonthName, n => n.Equals(m.Groups["B"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        if (m.Groups["b"].Success) month = Array.FindIndex(TimeFormat.MonthAbbr, n => n.Equals(m.Groups["b"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        int hour = G("H", 0);
        if (m.Groups["I"].Success)
        {
            hour = G("I", 12) % 12;
            if (m.Groups["p"].Success && m.Groups["p"].Value.Equals("pm", StringComparison.OrdinalIgnoreCase)) hour += 12;
        }
        int minute = G("M", 0), second = G("S", 0);
        int us = m.Groups["f"].Success ? int.Parse(m.Groups["f"].Value.PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;
        if (m.Groups["j"].Success && !m.Groups["m"].Success && !m.Groups["d"].Success)
        {
            var d = new DateTime(year, 1, 1).AddDays(G("j", 1) - 1);
            month = d.Month;
            day = d.Day;
        }
        if (second > 59) second = 59;
        PyObject offset = Py.None, offsetUs = PyInt.From(0), tzname = Py.None;
        if (m.Groups["z"].Success)
        {
            string z = m.Groups["z"].Value;
            if (z is "Z" or "z") offset = PyInt.From(0);
            else
            {
                string digits = z[1..].Replace(":", "");
                int sec = int.Parse(digits[..2], CultureInfo.InvariantCulture) * 3600 + int.Parse(digits[2..4], CultureInfo.InvariantCulture) * 60
                    + (digits.Length >= 6 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0);
                int frac = digits.Length > 7 ? int.Parse(digits[7..].PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;
                offset = PyInt.From(z[0] == '-' ? -sec : sec);
                offsetUs = PyInt.From(z[0] == '-' ? -frac : frac);
            }
        }
        if (m.Groups["Z"].Success) tzname = PyStr.From(m.Groups["Z"].Value.ToUpperInvariant());
        if (day > DateTime.DaysInMonth(Math.Max(year, 1), month)) throw PyError.ValueError("day is out of range for month");
        return PyTuple.Of(PyInt.From(year), PyInt.From(month), PyInt.From(day), PyInt.From(hour), PyInt.From(minute),
            PyInt.From(second), PyInt.From(us), offset, offsetUs, tzname);
    }
}
