using System.Globalization;
using System.Text;

namespace GilGrid.Interp.Modules.Data.Time;

/// <summary>A broken-down time, as strftime needs it (wday: Monday = 0, yday: 1-based).</summary>
internal readonly record struct BrokenTime(int Year, int Month, int Day, int Hour, int Minute, int Second,
    int WDay, int YDay, int Microsecond = 0, string? Zone = null, int? OffsetSeconds = null);

/// <summary>
/// strftime in the C locale, with the directives of glibc (what CPython on Linux gives); `%f` is
/// datetime's microseconds. Unknown directives are copied through, as glibc does.
/// </summary>
internal static class TimeFormat
{
    public static readonly string[] DayAbbr = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    public static readonly string[] DayName = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    public static readonly string[] MonthAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    public static readonly string[] MonthName = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"];

    private static string D2(int v) => v.ToString("00", CultureInfo.InvariantCulture);

    public static string Strftime(string fmt, BrokenTime t, bool withMicroseconds)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            int hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
            int sundayWday = (t.WDay + 1) % 7;
            switch (d)
            {
                case 'a': sb.Append(DayAbbr[t.WDay]); break;
                case 'A': sb.Append(DayName[t.WDay]); break;
                case 'b' or 'h': sb.Append(MonthAbbr[t.Month - 1]); break;
                case 'B': sb.Append(MonthName[t.Month - 1]); break;
                case 'c': sb.Append($"{DayAbbr[t.WDay]} {MonthAbbr[t.Month - 1]} {t.Day,2} {D2(t.Hour)}:{D2(t.Minute)}:{D2(t.Second)} {t.Year}"); break;
                case 'C': sb.Append(D2(t.Year / 100)); break;
                case 'd': sb.Append(D2(t.Day)); break;
                case 'D': sb.Append($"{D2(t.Month)}/{D2(t.Day)}/{D2(t.Year % 100)}"); break;
                case 'e': sb.Append($"{t.Day,2}"); break;
                case 'f' when withMicroseconds: sb.Append(t.Microsecond.ToString("000000", CultureInfo.InvariantCulture)); break;
                case 'F': sb.Append($"{Year(t.Year)}-{D2(t.Month)}-{D2(t.Day)}"); break;
                case 'G': sb.Append(IsoYear(t).ToString(CultureInfo.InvariantCulture)); break;
                case 'g': sb.Append(D2(IsoYear(t) % 100)); break;
                case 'H': sb.Append(D2(t.Hour)); break;
                case 'I': sb.Append(D2(hour12)); break;
                case 'j': sb.Append(t.YDay.ToString("000", CultureInfo.InvariantCulture)); break;
                case 'k': sb.Append($"{t.Hour,2}"); break;
                case 'l': sb.Append($"{hour12,2}"); break;
                case 'm': sb.Append(D2(t.Month)); break;
                case 'M': sb.Append(D2(t.Minute)); break;
                case 'n': sb.Append('\n'); break;
                case 'p': sb.Append(t.Hour < 12 ? "AM" : "PM"); break;
                case 'P': sb.Append(t.Hour < 12 ? "am" : "pm"); break;
                case 'r': sb.Append($"{D2(hour12)}:{D2(t.Minute)}:{D2(t.Second)} {(t.Hour < 12 ? "AM" : "PM")}"); break;
                case 'R': sb.Append($"{D2(t.Hour)}:{D2(t.Minute)}"); break;
                case 's':
                    var epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                    long secs = (long)(new DateTime(Math.Max(t.Year, 1), t.Month, t.Day, t.Hour, t.Minute, t.Second, DateTimeKind.Utc) - epoch).TotalSeconds
                        - (t.OffsetSeconds ?? 0);
                    sb.Append(secs.ToString(CultureInfo.InvariantCulture));
                    break;
                case 'S': sb.Append(D2(t.Second)); break;
                case 't': sb.Append('\t'); break;
                case 'T': sb.Append($"{D2(t.Hour)}:{D2(t.Minute)}:{D2(t.Second)}"); break;
                case 'u': sb.Append(t.WDay + 1); break;
                case 'U': sb.Append(D2((t.YDay - 1 - sundayWday + 7) / 7)); break;
                case 'V': sb.Append(D2(IsoWeek(t))); break;
                case 'w': sb.Append(sundayWday); break;
                case 'W': sb.Append(D2((t.YDay - 1 - t.WDay + 7) / 7)); break;
                case 'x': sb.Append($"{D2(t.Month)}/{D2(t.Day)}/{D2(t.Year % 100)}"); break;
                case 'X': sb.Append($"{D2(t.Hour)}:{D2(t.Minute)}:{D2(t.Second)}"); break;
                case 'y': sb.Append(D2(t.Year % 100)); break;
                case 'Y': sb.Append(t.Year.ToString(CultureInfo.InvariantCulture)); break;
                case 'z':
                    if (t.OffsetSeconds is int off) sb.Append(Offset(off, ""));
                    break;
                case ':' when i + 1 < fmt.Length && fmt[i + 1] == 'z':
                    i++;
                    if (t.OffsetSeconds is int off2) sb.Append(Offset(off2, ":"));
                    break;
                case 'Z': sb.Append(t.Zone ?? ""); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return sb.ToString();
    }

    private static string Year(int y) => y.ToString(CultureInfo.InvariantCulture);

    /// <summary>+HHMM[SS[.ffffff]] as datetime's %z writes an offset.</summary>
    public static string Offset(int seconds, string sep, int microseconds = 0)
    {
        char sign = seconds < 0 || (seconds == 0 && microseconds < 0) ? '-' : '+';
        long total = Math.Abs((long)seconds * 1_000_000 + microseconds);
        long us = total % 1_000_000, s = total / 1_000_000;
        var r = $"{sign}{D2((int)(s / 3600))}{sep}{D2((int)(s / 60 % 60))}";
        if (s % 60 != 0 || us != 0) r += sep + D2((int)(s % 60));
        if (us != 0) r += "." + us.ToString("000000", CultureInfo.InvariantCulture);
        return r;
    }

    private static (int Year, int Week) Iso(BrokenTime t)
    {
        var date = new DateTime(Math.Max(t.Year, 1), t.Month, t.Day);
        return (ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    private static int IsoYear(BrokenTime t) => Iso(t).Year;
    private static int IsoWeek(BrokenTime t) => Iso(t).Week;
}
