using System.Globalization;
using System.Text;

namespace GilGrid.Interp.Modules.Data.Re;

/// <summary>
/// A `sub`/`expand` replacement template: literal runs and group references, parsed with Python's
/// rules (\g&lt;name&gt;, \g&lt;N&gt;, \N, octal escapes, unknown non-letter escapes kept verbatim).
/// </summary>
internal sealed class ReTemplate
{
    /// <summary>Each part is a literal (Group = -1) or a group reference.</summary>
    public readonly List<(string Literal, int Group)> Parts = [];

    /// <summary>Unknown group names raise IndexError (not re.error) in CPython; this reports them.</summary>
    public sealed class UnknownGroup(string name) : Exception(name);

    public static ReTemplate Parse(string t, CompiledRegex rx)
    {
        var tpl = new ReTemplate();
        var lit = new StringBuilder();
        void Flush() { if (lit.Length > 0) { tpl.Parts.Add((lit.ToString(), -1)); lit.Clear(); } }
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (c != '\\') { lit.Append(c); i++; continue; }
            int start = i;
            i++;
            if (i >= t.Length) throw new RegexSyntaxError("bad escape (end of pattern)", start);
            char k = t[i++];
            switch (k)
            {
                case 'g':
                    if (i >= t.Length || t[i] != '<') throw new RegexSyntaxError("missing <", i);
                    int ns = ++i;
                    while (i < t.Length && t[i] != '>') i++;
                    if (i >= t.Length) throw new RegexSyntaxError(i == ns ? "missing group name" : "missing >, unterminated name", ns);
                    string name = t[ns..i];
                    i++;
                    if (name.Length == 0) throw new RegexSyntaxError("missing group name", ns);
                    int g;
                    if (name.All(char.IsAsciiDigit))
                    {
                        g = int.Parse(name, CultureInfo.InvariantCulture);
                        if (g > rx.Groups) throw new RegexSyntaxError($"invalid group reference {g}", ns);
                    }
                    else if (IsIdentifier(name))
                        g = rx.GroupIndex.TryGetValue(name, out int gi) ? gi : throw new UnknownGroup(name);
                    else throw new RegexSyntaxError($"bad character in group name '{name}'", ns);
                    Flush();
                    tpl.Parts.Add(("", g));
                    continue;
                case '0':
                    {
                        int v = 0, n = 0;
                        while (n < 2 && i < t.Length && t[i] >= '0' && t[i] <= '7') { v = v * 8 + (t[i] - '0'); i++; n++; }
                        lit.Append((char)v);
                        continue;
                    }
                case >= '1' and <= '9':
                    {
                        if (k <= '7' && i + 1 < t.Length && t[i] is >= '0' and <= '7' && t[i + 1] is >= '0' and <= '7')
                        {
                            int v = (k - '0') * 64 + (t[i] - '0') * 8 + (t[i + 1] - '0');
                            if (v > 0xff) throw new RegexSyntaxError($"octal escape value \\{t[(start + 1)..(i + 2)]} outside of range 0-0o377", start);
                            lit.Append((char)v);
                            i += 2;
                            continue;
                        }
                        int s = i - 1;
                        if (i < t.Length && char.IsAsciiDigit(t[i])) i++;
                        int gn = int.Parse(t[s..i], CultureInfo.InvariantCulture);
                        if (gn > rx.Groups) throw new RegexSyntaxError($"invalid group reference {gn}", s);
                        Flush();
                        tpl.Parts.Add(("", gn));
                        continue;
                    }
                case 'a': lit.Append('\a'); continue;
                case 'b': lit.Append('\b'); continue;
                case 'f': lit.Append('\f'); continue;
                case 'n': lit.Append('\n'); continue;
                case 'r': lit.Append('\r'); continue;
                case 't': lit.Append('\t'); continue;
                case 'v': lit.Append('\v'); continue;
                case '\\': lit.Append('\\'); continue;
            }
            if (k < 0x80 && char.IsAsciiLetter(k)) throw new RegexSyntaxError($"bad escape \\{k}", start);
            lit.Append('\\').Append(k);
        }
        Flush();
        return tpl;
    }

    private static bool IsIdentifier(string s) =>
        (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    public void Expand(StringBuilder sb, PyMatch m)
    {
        foreach (var (lit, g) in Parts)
        {
            if (g < 0) { sb.Append(lit); continue; }
            var grp = m.M.Groups[g];
            if (grp.Success) sb.Append(m.Text, grp.Index, grp.Length);
        }
    }
}
