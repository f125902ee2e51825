namespace GilGrid.Interp.Objects;

/// <summary>
/// `str`. Holds a .NET string; indexing and len count UTF-16 units, which equals CPython's code
/// points except for characters outside the BMP (a known gap, see docs/ENGINE.md).
/// </summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;
    private int _hash;   // 0 = not computed yet

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
