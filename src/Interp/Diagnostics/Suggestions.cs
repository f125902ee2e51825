using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Diagnostics;

/// <summary>The ". Did you mean: 'x'?" hints CPython 3.13 adds to NameError and AttributeError.</summary>
internal static class Suggestions
{
    private const int MoveCost = 2, CaseCost = 1, MaxCandidates = 750, MaxStringSize = 40;

    public static string For(PyBaseException exc, Interpreter interp)
    {
        try
        {
            if (exc.Type.IsSubtypeOf(Types.NameError) && exc.GetAttrDict("name") is PyStr nn)
            {
                var candidates = new List<string>();
                var tb = exc.Traceback;
                while (tb?.Next != null) tb = tb.Next;
                if (tb != null)
                {
                    var f = tb.Frame;
                    candidates.AddRange(f.Code.LocalNames);
                    foreach (var kv in f.Globals.Pairs()) if (kv.Key is PyStr k) candidates.Add(k.Value);
                    foreach (var kv in f.Builtins.Pairs()) if (kv.Key is PyStr k) candidates.Add(k.Value);
                }
                var s = Best(nn.Value, candidates);
                if (s != null) return $". Did you mean: '{s}'?";
                return "";
            }
            if (exc.Type.IsSubtypeOf(Types.AttributeError) && exc.GetAttrDict("name") is PyStr an && exc.GetAttrDict("obj") is { } obj)
            {
                var names = Builtins.BuiltinsModule.DirOf(obj).Select(Ops.StrString).Order(StringComparer.Ordinal).ToList();
                bool hideUnderscored = !an.Value.StartsWith('_');
                if (hideUnderscored && exc.Traceback != null)
                {
                    var last = exc.Traceback;
                    while (last.Next != null) last = last.Next;
                    var f = last.Frame;
                    int self = Array.IndexOf(f.Code.LocalNames, "self");
                    if (self >= 0 && self < f.Fast.Length && ReferenceEquals(f.Fast[self].O, obj)) hideUnderscored = false;
                }
                if (hideUnderscored) names = names.Where(n => !n.StartsWith('_')).ToList();
                var s = Best(an.Value, names);
                if (s != null) return $". Did you mean: '{s}'?";
            }
        }
        catch (PyError) { }
        return "";
    }

    /// <summary>traceback._compute_suggestion_error: candidates in their given order, ties keep the first.</summary>
    internal static string? Best(string wrong, List<string> candidates)
    {
        if (candidates.Count > MaxCandidates || wrong.Length > MaxStringSize) return null;
        string? best = null;
        int bestDist = wrong.Length;
        foreach (var c in candidates)
        {
            if (c == wrong) continue;
            int maxDist = Math.Min((c.Length + wrong.Length + 3) * MoveCost / 6, bestDist - 1);
            int d = Distance(wrong, c, maxDist);
            if (d > maxDist) continue;
            if (best == null || d < bestDist) { best = c; bestDist = d; }
        }
        return best;
    }

    private static int Substitution(char a, char b) => a == b ? 0 : char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? CaseCost : MoveCost;

    /// <summary>CPython's _levenshtein_distance (case changes cost 1, other edits 2).</summary>
    private static int Distance(string a, string b, int max)
    {
        if (a == b) return 0;
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
        a = a[pre..]; b = b[pre..];
        int suf = 0;
        while (suf < a.Length && suf < b.Length && a[^(suf + 1)] == b[^(suf + 1)]) suf++;
        a = a[..^suf]; b = b[..^suf];
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (Math.Abs(a.Length - b.Length) * MoveCost > max) return max + 1;
        if (b.Length < a.Length) (a, b) = (b, a);
        var row = new int[a.Length];
        for (int i = 0; i < a.Length; i++) row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            int distance = bi * MoveCost;
            result = distance;
            int minimum = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int sub = distance + Substitution(b[bi], a[i]);
                distance = row[i];
                int ins = distance + MoveCost;
                result = Math.Min(Math.Min(result + MoveCost, ins), sub);
                row[i] = result;
                minimum = Math.Min(minimum, result);
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }
}
