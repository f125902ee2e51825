using System.Buffers.Binary;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// memoryview over a bytes or bytearray object (one dimension). It reads the owner's current
/// Data on every access, so writes through the view and to the bytearray are seen by both.
/// Item k occupies Itemsize bytes at Start + k * Stride.
/// </summary>
public sealed class PyMemoryView(PyBytes owner, int start, int stride, int count, char format, int itemsize)
    : PyObject(Types.MemoryView)
{
    public readonly PyBytes Owner = owner;
    public readonly int Start = start, Stride = stride, Count = count, Itemsize = itemsize;
    public readonly char Format = format;
    public bool Released;

    public bool ReadOnly => !Owner.IsMutable;
    public bool Contiguous => Count <= 1 || Stride == Itemsize;

    public PyMemoryView Check() => Released ? throw PyError.ValueError("operation forbidden on released memoryview object") : this;

    public byte[] ToArray()
    {
        Check();
        var r = new byte[Count * Itemsize];
        for (int k = 0; k < Count; k++) Owner.Data.AsSpan(Start + k * Stride, Itemsize).CopyTo(r.AsSpan(k * Itemsize));
        return r;
    }
}

public static class MemoryViewMethods
{
    private static PyMemoryView M(PyObject o) => ((PyMemoryView)o).Check();

    private static int SizeOf(char f) => f switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'H' or 'h' or 'e' => 2,
        'I' or 'i' or 'f' => 4,
        'L' or 'l' or 'Q' or 'q' or 'd' or 'N' or 'n' or 'P' => 8,
        _ => 0,
    };

    private static PyObject Unpack(PyMemoryView m, int k)
    {
        var s = m.Owner.Data.AsSpan(m.Start + k * m.Stride, m.Itemsize);
        return m.Format switch
        {
            'B' => PyInt.From(s[0]),
            'b' => PyInt.From((sbyte)s[0]),
            'c' => new PyBytes([s[0]]),
            '?' => Py.Bool(s[0] != 0),
            'H' => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(s)),
            'h' => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(s)),
            'I' => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(s)),
            'i' => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(s)),
            'L' or 'Q' or 'N' or 'P' => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(s))),
            'l' or 'q' or 'n' => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(s)),
            'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(s)),
            'e' => new PyFloat((double)BinaryPrimitives.ReadHalfLittleEndian(s)),
            _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(s)),
        };
    }

    private static void Pack(PyMemoryView m, int k, PyObject v)
    {
        var s = m.Owner.Data.AsSpan(m.Start + k * m.Stride, m.Itemsize);
        if (m.Format == 'c')
        {
            if (v is not PyBytes b || b.Length != 1) throw PyError.ValueError("memoryview: invalid value for format 'c'");
            s[0] = b.Span[0];
            return;
        }
        if (m.Format is 'f' or 'd' or 'e')
        {
            double d = FloatMethods.ToDouble(v);
            if (m.Format == 'f') BinaryPrimitives.WriteSingleLittleEndian(s, (float)d);
            else if (m.Format == 'e') BinaryPrimitives.WriteHalfLittleEndian(s, (Half)d);
            else BinaryPrimitives.WriteDoubleLittleEndian(s, d);
            return;
        }
        if (v is not PyInt && v.Type.Lookup("__index__") == null)
            throw PyError.TypeError($"memoryview: invalid type for format '{m.Format}'");
        var i = Ops.Index(v).AsBig;
        bool signed = m.Format is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        var lo = signed ? -(System.Numerics.BigInteger.One << (8 * m.Itemsize - 1)) : 0;
        var hi = signed ? (System.Numerics.BigInteger.One << (8 * m.Itemsize - 1)) - 1 : (System.Numerics.BigInteger.One << (8 * m.Itemsize)) - 1;
        if (i < lo || i > hi) throw PyError.ValueError($"memoryview: invalid value for format '{m.Format}'");
        var raw = i.ToByteArray();
        for (int j = 0; j < m.Itemsize; j++) s[j] = j < raw.Length ? raw[j] : (i.Sign < 0 ? (byte)0xff : (byte)0);
    }

    private static int ItemIndex(PyMemoryView m, PyObject key)
    {
        if (key is not PyInt && key.Type.Lookup("__index__") == null) throw PyError.TypeError("memoryview: invalid slice key");
        var i = Ops.Index(key);
        long k = i.IsBig ? long.MaxValue : i.V;
        if (k < 0) k += m.Count;
        if (k < 0 || k >= m.Count) throw PyError.IndexError("index out of bounds on dimension 1");
        return (int)k;
    }

    private static PyMemoryView Slice(PyMemoryView m, PySlice sl)
    {
        var (start, _, step, count) = sl.Indices(m.Count);
        return new PyMemoryView(m.Owner, m.Start + (int)start * m.Stride, m.Stride * (int)step, (int)count, m.Format, m.Itemsize);
    }

    public static PyMemoryView Of(PyObject o) => o switch
    {
        PyMemoryView v => new PyMemoryView(v.Check().Owner, v.Start, v.Stride, v.Count, v.Format, v.Itemsize),
        PyBytes b => new PyMemoryView(b, 0, 1, b.Length, 'B', 1),
        _ => throw PyError.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'"),
    };

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            var a = ArgCheck.Bind("memoryview", args, kw, ["object"], 1);
            return Of(a[0]!);
        });
        t.Method0("__repr__", self => PyStr.From($"<{(((PyMemoryView)self).Released ? "released " : "")}memory at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self):x12}>"));
        t.Method0("__len__", self => PyInt.From(M(self).Count));
        t.Getter("nbytes", self => PyInt.From(M(self).Count * M(self).Itemsize));
        t.Getter("readonly", self => Py.Bool(M(self).ReadOnly));
        t.Getter("format", self => PyStr.From(M(self).Format.ToString()));
        t.Getter("itemsize", self => PyInt.From(M(self).Itemsize));
        t.Getter("ndim", self => PyInt.From(1));
        t.Getter("shape", self => new PyTuple([PyInt.From(M(self).Count)]));
        t.Getter("strides", self => new PyTuple([PyInt.From(M(self).Stride)]));
        t.Getter("obj", self => M(self).Owner);
        t.Getter("contiguous", self => Py.Bool(M(self).Contiguous));
        t.Getter("c_contiguous", self => Py.Bool(M(self).Contiguous));
        t.Getter("f_contiguous", self => Py.Bool(M(self).Contiguous));
        t.Method0("tobytes", self => new PyBytes(M(self).ToArray()));
        t.Method0("tolist", self =>
        {
            var m = M(self);
            var l = new PyList();
            for (int k = 0; k < m.Count; k++) l.Append(Unpack(m, k));
            return l;
        });
        t.Method("hex", (self, args, kw) => PyStr.From(BytesText.Hex(M(self).ToArray(), args, kw)));
        t.Method0("release", self => { ((PyMemoryView)self).Released = true; return Py.None; });
        t.Method0("__enter__", self => M(self));
        t.Method("__exit__", (self, args, kw) => { ((PyMemoryView)self).Released = true; return Py.None; });
        t.Method0("toreadonly", self =>
        {
            var m = M(self);
            return new PyMemoryView(new PyBytes(m.Owner.Data), m.Start, m.Stride, m.Count, m.Format, m.Itemsize);
        });
        t.Method("cast", (self, args, kw) =>
        {
            var m = M(self);
            var a = ArgCheck.Bind("cast", args, kw, ["format", "shape"], 1);
            string f = a[0] is PyStr ps ? ps.Value : throw PyError.TypeError($"cast() argument 'format' must be str, not {a[0]!.Type.Name}");
            if (f.StartsWith('@')) f = f[1..];
            if (f.Length != 1 || SizeOf(f[0]) == 0)
                throw PyError.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            if (!m.Contiguous) throw PyError.TypeError("memoryview: casts are restricted to C-contiguous views");
            int size = SizeOf(f[0]), total = m.Count * m.Itemsize;
            if (total % size != 0) throw PyError.TypeError("memoryview: length is not a multiple of itemsize");
            return new PyMemoryView(m.Owner, m.Start, size, total / size, f[0], size);
        });
        t.Method1("__getitem__", (self, key) =>
        {
            var m = M(self);
            return key is PySlice sl ? Slice(m, sl) : Unpack(m, ItemIndex(m, key));
        });
        t.Method("__setitem__", (self, args, kw) =>
        {
            var m = M(self);
            if (m.ReadOnly) throw PyError.TypeError("cannot modify read-only memory");
            if (args[0] is PySlice sl)
            {
                var target = Slice(m, sl);
                var src = BytesCommon.BufferOf(args[1])
                    ?? throw PyError.TypeError($"a bytes-like object is required, not '{args[1].Type.Name}'");
                if (src.Length != target.Count * target.Itemsize)
                    throw PyError.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                for (int k = 0; k < target.Count; k++)
                    src.AsSpan(k * m.Itemsize, m.Itemsize).CopyTo(m.Owner.Data.AsSpan(target.Start + k * target.Stride));
                return Py.None;
            }
            Pack(m, ItemIndex(m, args[0]), args[1]);
            return Py.None;
        });
        t.Binary("__eq__", (a, b) =>
        {
            var m = (PyMemoryView)a;
            if (m.Released || b is PyMemoryView { Released: true }) return Py.Bool(a == b);
            if (BytesCommon.BufferOf(b) is not { } other) return Py.NotImplemented;
            return Py.Bool(m.ToArray().AsSpan().SequenceEqual(other));
        });
        t.Method0("__hash__", self =>
        {
            var m = M(self);
            if (!m.ReadOnly) throw PyError.ValueError("cannot hash writable memoryview object");
            return PyInt.From(Ops.Hash(new PyBytes(m.ToArray())));
        });
        t.Method0("__iter__", self =>
        {
            var m = M(self);
            var items = new PyObject[m.Count];
            for (int k = 0; k < m.Count; k++) items[k] = Unpack(m, k);
            return new PyArrayIterator(Types.Iterator, items);
        });
    }
}
