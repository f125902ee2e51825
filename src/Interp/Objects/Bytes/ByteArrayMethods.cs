using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>bytearray: the shared bytes surface plus mutation. Contents live in PyBytes.Data/Length.</summary>
public static class ByteArrayMethods
{
    private static PyBytes B(PyObject o) => (PyBytes)o;

    private static void SetContents(PyObject self, List<byte> data)
    {
        var array = data.ToArray();
        Hosting.Allocation.Charge(array, array.Length);
        B(self).Data = array;
        B(self).Length = data.Count;
    }

    private static List<byte> Contents(PyObject self) => [.. B(self).Span];

    private static byte ByteValue(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") == null)
            throw PyError.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig || i.V < 0 || i.V > 255) throw PyError.ValueError("byte must be in range(0, 256)");
        return (byte)i.V;
    }

    /// <summary>Bytes to store from an assigned or extended value: bytes-like or an iterable of ints.</summary>
    private static byte[] ValuesOf(PyObject v, string what)
    {
        if (BytesCommon.BufferOf(v) is { } b) return b;
        if (v is PyStr) throw PyError.TypeError(what == "extend" ? "expected iterable of integers; got: 'str'" : "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (v is PyInt && what != "extend") throw PyError.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (v.Type.Lookup("__iter__") == null && v.Type.Lookup("__getitem__") == null)
            throw PyError.TypeError(what == "extend" ? $"can't extend bytearray with {v.Type.Name}"
                : "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return Ops.ToList(v).Select(ByteValue).ToArray();
    }

    private static int Index(PyObject self, PyObject key, string msg)
    {
        long i = Ops.SequenceIndex(key, "bytearray");
        int n = B(self).Length;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyError.IndexError(msg);
        return (int)i;
    }

    private static void SetSlice(PyObject self, PySlice sl, PyObject? value)
    {
        var data = Contents(self);
        var (start, stop, step, count) = sl.Indices(data.Count);
        var vals = value == null ? [] : ValuesOf(value, "assign");
        if (step == 1)
        {
            int s = (int)start, e = (int)Math.Max(start, stop);
            data.RemoveRange(s, e - s);
            data.InsertRange(s, vals);
        }
        else if (value == null)
        {
            var drop = new HashSet<long>();
            for (long k = 0, j = start; k < count; k++, j += step) drop.Add(j);
            data = data.Where((_, idx) => !drop.Contains(idx)).ToList();
        }
        else
        {
            if (vals.Length != count)
                throw PyError.ValueError($"attempt to assign bytes of size {vals.Length} to extended slice of size {count}");
            for (long k = 0, j = start; k < count; k++, j += step) data[(int)j] = vals[k];
        }
        SetContents(self, data);
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) => new PyBytes(cls, []));
        t.Method("__init__", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("bytearray", args, kw, ["source", "encoding", "errors"], 0);
            SetContents(self, [.. BytesMethods.DataFrom(a, "bytearray")]);
            return Py.None;
        });
        t.Method0("__repr__", self =>
        {
            string name = self.Type == Types.ByteArray ? "bytearray" : self.Type.Name;
            return PyStr.From($"{name}({BytesMethods.Repr(B(self).Span, escapeSingle: true)})");
        });
        t.Const("__hash__", Py.None);
        BytesCommon.Register(t);
        t.Method("__setitem__", (self, args, kw) =>
        {
            ArgCheck.Count("__setitem__", args, 2, 2);
            if (args[0] is PySlice sl) { SetSlice(self, sl, args[1]); return Py.None; }
            int i = Index(self, args[0], "bytearray index out of range");
            B(self).Data[i] = ByteValue(args[1]);
            return Py.None;
        });
        t.Method1("__delitem__", (self, key) =>
        {
            if (key is PySlice sl) { SetSlice(self, sl, null); return Py.None; }
            int i = Index(self, key, "bytearray index out of range");
            var d = Contents(self);
            d.RemoveAt(i);
            SetContents(self, d);
            return Py.None;
        });
        t.Binary("__iadd__", (self, other) =>
        {
            var b = BytesCommon.BufferOf(other) ?? throw PyError.TypeError($"can't concat {other.Type.Name} to bytearray");
            var d = Contents(self);
            d.AddRange(b);
            SetContents(self, d);
            return self;
        });
        t.Binary("__imul__", (self, n) =>
        {
            if (ListMethods.AsCount(n) is null) return Py.NotImplemented;
            var r = (PyBytes)Ops.CallDescriptor(Types.ByteArray.Attrs["__mul__"], self, [n]);
            SetContents(self, [.. r.Span]);
            return self;
        });
        t.Method1("append", (self, x) =>
        {
            var d = Contents(self);
            d.Add(ByteValue(x));
            SetContents(self, d);
            return Py.None;
        });
        t.Method1("extend", (self, x) =>
        {
            var d = Contents(self);
            d.AddRange(ValuesOf(x, "extend"));
            SetContents(self, d);
            return Py.None;
        });
        t.Method("insert", (self, args, kw) =>
        {
            ArgCheck.NoKw("insert", kw);
            ArgCheck.Count("insert", args, 2, 2);
            var d = Contents(self);
            long i = Ops.Index(args[0]) is var k && k.IsBig ? (k.Sign < 0 ? 0 : d.Count) : k.V;
            if (i < 0) i = Math.Max(0, i + d.Count);
            d.Insert((int)Math.Min(i, d.Count), ByteValue(args[1]));
            SetContents(self, d);
            return Py.None;
        });
        t.Method("pop", (self, args, kw) =>
        {
            ArgCheck.NoKw("pop", kw);
            ArgCheck.Count("pop", args, 0, 1);
            var d = Contents(self);
            if (d.Count == 0) throw PyError.IndexError("pop from empty bytearray");
            int i = args.Length == 0 ? d.Count - 1 : Index(self, args[0], "pop index out of range");
            byte v = d[i];
            d.RemoveAt(i);
            SetContents(self, d);
            return PyInt.From(v);
        });
        t.Method1("remove", (self, x) =>
        {
            var d = Contents(self);
            int i = d.IndexOf(ByteValue(x));
            if (i < 0) throw PyError.ValueError("value not found in bytearray");
            d.RemoveAt(i);
            SetContents(self, d);
            return Py.None;
        });
        t.Method0("reverse", self => { Array.Reverse(B(self).Data, 0, B(self).Length); return Py.None; });
        t.Method0("clear", self => { SetContents(self, []); return Py.None; });
        t.Method0("copy", self => new PyBytes(Types.ByteArray, B(self).Span.ToArray()));
    }
}
