namespace GilGrid.Interp.Objects;

/// <summary>
/// `str`. Holds a .NET (UTF-16) string but counts code points like CPython: len, indexes and slices
/// are in code points. Nearly every string is all-BMP, where a unit is a code point and indexing stays
/// O(1) on Value; a string with surrogate pairs gets a table of the code-point indices of its pairs
/// (on first use), so a code-point index maps to a unit index by a binary search over the pairs only.
/// </summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;
    private int _hash;   // 0 = not computed yet
    // 0 = not scanned yet, else 1 + the number of surrogate pairs. An int fits the padding after
    // _hash, so str objects do not grow (a reference field would add 8 bytes to every string, and
    // measured ~4% on string-heavy benchmarks). Racing threads store the same value.
    private int _pairsPlusOne;

    // The pair tables of the rare strings that have pairs, kept beside them rather than in a field of
    // every str. A memo of immutable facts about immutable objects: it holds no interpreter state and
    // does not keep its keys alive.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyStr, int[]> PairTables = new();

    public PyStr(string value) : base(Types.Str) { Value = value; Hosting.Allocation.Charge(value, 2L * value.Length); }
    public PyStr(PyType type, string value) : base(type) { Value = value; Hosting.Allocation.Charge(value, 2L * value.Length); }

    public static readonly PyStr Empty = new("");
    private static readonly PyStr[] Chars = MakeChars();
    private static PyStr[] MakeChars()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public static PyStr From(string s) => s.Length == 0 ? Empty : s.Length == 1 && s[0] < 256 ? Chars[s[0]] : new PyStr(s);
    public static PyStr From(char c) => c < 256 ? Chars[c] : new PyStr(c.ToString());

    /// <summary>The number of surrogate pairs (astral characters): 0 for the usual all-BMP string.</summary>
    public int PairCount
    {
        get
        {
            int p = _pairsPlusOne;
            if (p == 0) _pairsPlusOne = p = CodePoints.CountPairs(Value) + 1;
            return p - 1;
        }
    }

    /// <summary>Code-point indices of the surrogate pairs, ascending (empty for the usual all-BMP string).</summary>
    public int[] Pairs => PairCount == 0 ? CodePoints.NoPairs : PairTables.GetValue(this, static s => CodePoints.PairIndices(s.Value));

    /// <summary>True when every UTF-16 unit is one code point (no surrogate pair; lone surrogates allowed).</summary>
    public bool IsSimple => PairCount == 0;

    /// <summary>len(): the number of code points.</summary>
    public int Length => Value.Length - PairCount;

    /// <summary>The unit index where code point `cp` starts (cp may equal Length: the end).</summary>
    public int ToUnit(int cp)
    {
        if (PairCount == 0) return cp;
        var p = Pairs;
        // Pairs before cp: the first pair index >= cp.
        int lo = 0, hi = p.Length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (p[m] < cp) lo = m + 1; else hi = m; }
        return cp + lo;
    }

    /// <summary>The code-point index of unit index `u` (a character boundary, or the end).</summary>
    public int ToCodePoint(int u)
    {
        if (PairCount == 0) return u;
        var p = Pairs;
        // Pair j starts at unit p[j] + j; count the pairs that start before u.
        int lo = 0, hi = p.Length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (p[m] + m < u) lo = m + 1; else hi = m; }
        return u - lo;
    }

    /// <summary>The one-character str at code point `cp` (0 &lt;= cp &lt; Length).</summary>
    public PyStr CharAt(int cp)
    {
        if (PairCount == 0) return From(Value[cp]);
        int u = ToUnit(cp);
        return CodePoints.Width(Value, u) == 2 ? new PyStr(Value.Substring(u, 2)) : From(Value[u]);
    }

    /// <summary>Code points [start, end) as a .NET string.</summary>
    public string Slice(int start, int end) => PairCount == 0
        ? Value.Substring(start, end - start)
        : Value[ToUnit(start)..ToUnit(end)];

    /// <summary>Per-process randomised like CPython's str hash; stable within the process.</summary>
    public long Hash()
    {
        if (_hash == 0) _hash = (int)HashOf(Value);
        return _hash;
    }

    /// <summary>The hash a PyStr with this value has (.NET randomises string hashes per process, as CPython does).</summary>
    public static long HashOf(string s)
    {
        int h = s.GetHashCode();
        return h == 0 || h == -1 ? 1 : h;
    }

    public override int GetHashCode() => (int)Hash();
}

/// <summary>`bytes` (immutable) and `bytearray` (Mutable: Data may be replaced as it grows).</summary>
public sealed class PyBytes : PyObject
{
    public byte[] Data;
    public int Length;

    public PyBytes(byte[] data) : base(Types.Bytes) { Data = data; Length = data.Length; Hosting.Allocation.Charge(data, data.Length); }
    public PyBytes(PyType type, byte[] data) : base(type) { Data = data; Length = data.Length; Hosting.Allocation.Charge(data, data.Length); }

    public bool IsMutable => Type.IsSubtypeOf(Types.ByteArray);
    public ReadOnlySpan<byte> Span => Data.AsSpan(0, Length);
    public static readonly PyBytes Empty = new([]);
}
