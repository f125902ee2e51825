using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// Writes pickles the way CPython's C pickler does (same opcodes, memo numbering, batching and
/// framing), so the bytes match for builtin values and plain class instances.
/// </summary>
internal sealed class Pickler(int proto, Func<string, PyError> error, Interpreter interp)
{
    private readonly List<byte> _out = [];
    private readonly Dictionary<PyObject, int> _memo = new(ReferenceEqualityComparer.Instance);
    private readonly List<PyObject> _keepAlive = [];
    private readonly Dictionary<string, PyStr> _names = [];

    private PyStr Interned(string s) => _names.TryGetValue(s, out var p) ? p : _names[s] = new PyStr(s);
    private int _depth;

    public byte[] Dump(PyObject o)
    {
        if (proto >= 2) { _out.Add(0x80); _out.Add((byte)proto); }
        int frameStart = _out.Count;
        Save(o);
        _out.Add((byte)'.');
        if (proto >= 4 && _out.Count - frameStart >= 4)
        {
            var header = new byte[9];
            header[0] = 0x95;
            BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(1), (ulong)(_out.Count - frameStart));
            _out.InsertRange(frameStart, header);
        }
        return [.. _out];
    }

    private void Op(char c) => _out.Add((byte)c);
    private void Bytes(ReadOnlySpan<byte> b) { foreach (var x in b) _out.Add(x); }
    private void Ascii(string s) => Bytes(Encoding.ASCII.GetBytes(s));

    private void U32(int v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        Bytes(b);
    }

    private void Memoize(PyObject o)
    {
        if (_memo.ContainsKey(o)) return;
        int idx = _memo.Count;
        _memo[o] = idx;
        _keepAlive.Add(o);
        if (proto >= 4) _out.Add(0x94);
        else if (proto >= 1)
        {
            if (idx < 256) { Op('q'); _out.Add((byte)idx); }
            else { Op('r'); U32(idx); }
        }
        else Ascii($"p{idx}\n");
    }

    private bool TryGet(PyObject o)
    {
        if (!_memo.TryGetValue(o, out int idx)) return false;
        if (proto >= 1)
        {
            if (idx < 256) { Op('h'); _out.Add((byte)idx); }
            else { Op('j'); U32(idx); }
        }
        else Ascii($"g{idx}\n");
        return true;
    }

    public void Save(PyObject o)
    {
        if (++_depth > interp.RecursionLimit) throw PyError.Recursion("maximum recursion depth exceeded while pickling an object");
        ThreadState.EnsureStack("while pickling an object");
        try { SaveInner(o); }
        finally { _depth--; }
    }

    private void SaveInner(PyObject o)
    {
        var t = o.Type;
        if (o == Py.None) { Op('N'); return; }
        if (t == Types.Bool) { if (proto >= 2) _out.Add((byte)(((PyInt)o).V != 0 ? 0x88 : 0x89)); else Ascii(((PyInt)o).V != 0 ? "I01\n" : "I00\n"); return; }
        if (t == Types.Int) { SaveInt((PyInt)o); return; }
        if (t == Types.Float) { SaveFloat(((PyFloat)o).V); return; }
        if (TryGet(o)) return;
        if (t == Types.Str) { SaveStr(((PyStr)o).Value); Memoize(o); return; }
        if (t == Types.Bytes && proto >= 3)
        {
            var b = ((PyBytes)o).Span;
            if (b.Length < 256) { Op('C'); _out.Add((byte)b.Length); }
            else { Op('B'); U32(b.Length); }
            Bytes(b);
            Memoize(o);
            return;
        }
        if (t == Types.Tuple) { SaveTuple((PyTuple)o); return; }
        if (t == Types.List)
        {
            if (proto >= 1) Op(']'); else Ascii("(l");
            Memoize(o);
            Batch(((PyList)o).ToArray(), 'a', 'e', x => Save(x));
            return;
        }
        if (t == Types.Dict)
        {
            if (proto >= 1) Op('}'); else Ascii("(d");
            Memoize(o);
            var pairs = ((PyDict)o).Pairs();
            Batch([.. pairs.Select(p => (PyObject)PyTuple.Of(p.Key, p.Value))], 's', 'u', x => { Save(((PyTuple)x).Items[0]); Save(((PyTuple)x).Items[1]); });
            return;
        }
        if (t == Types.Set && proto >= 4)
        {
            _out.Add(0x8f);
            Memoize(o);
            var items = ((PySet)o).Keys();
            for (int i = 0; i < items.Count; i += 1000)
            {
                Op('(');
                foreach (var x in items.Skip(i).Take(1000)) Save(x);
                _out.Add(0x90);
            }
            return;
        }
        if (t == Types.FrozenSet && proto >= 4)
        {
            Op('(');
            foreach (var x in ((PySet)o).Keys()) Save(x);
            _out.Add(0x91);
            Memoize(o);
            return;
        }
        if (o is PyType or PyFunction or PyBuiltinFunction) { SaveGlobal(o); return; }
        SaveReduce(o);
    }

    private void SaveInt(PyInt i)
    {
        var v = i.AsBig;
        if (proto >= 1)
        {
            if (v >= 0 && v < 256) { Op('K'); _out.Add((byte)v); return; }
            if (v >= 0 && v < 65536) { Op('M'); _out.Add((byte)(v & 0xff)); _out.Add((byte)(v >> 8)); return; }
            if (v >= int.MinValue && v <= int.MaxValue) { Op('J'); U32((int)v); return; }
        }
        if (proto >= 2)
        {
            var bytes = v.IsZero ? [] : v.ToByteArray();
            if (bytes.Length < 256) { _out.Add(0x8a); _out.Add((byte)bytes.Length); }
            else { _out.Add(0x8b); U32(bytes.Length); }
            Bytes(bytes);
            return;
        }
        Ascii(v >= int.MinValue && v <= int.MaxValue ? $"I{v}\n" : $"L{v}L\n");
    }

    private void SaveFloat(double d)
    {
        if (proto >= 1)
        {
            Op('G');
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteDoubleBigEndian(b, d);
            Bytes(b);
        }
        else Ascii("F" + PyFloat.Repr(d) + "\n");
    }

    private void SaveStr(string s)
    {
        if (proto >= 1)
        {
            var utf8 = Utf8SurrogatePass(s);
            if (utf8.Length < 256 && proto >= 4) { _out.Add(0x8c); _out.Add((byte)utf8.Length); }
            else { Op('X'); U32(utf8.Length); }
            Bytes(utf8);
            return;
        }
        // raw-unicode-escape, with backslash and newline escaped as protocol 0 requires.
        var sb = new StringBuilder("V");
        foreach (char c in s)
        {
            if (c == '\\') sb.Append("\\u005c");
            else if (c == '\n') sb.Append("\\u000a");
            else if (c == '\r') sb.Append("\\u000d");
            else if (c == '\0') sb.Append("\\u0000");
            else if (c > 0xff) sb.Append($"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        sb.Append('\n');
        Bytes(Encoding.Latin1.GetBytes(sb.ToString()));
    }

    /// <summary>UTF-8 that keeps lone surrogates (CPython's 'surrogatepass').</summary>
    private static byte[] Utf8SurrogatePass(string s)
    {
        var outp = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) outp.Add((byte)cp);
            else if (cp < 0x800) { outp.Add((byte)(0xC0 | cp >> 6)); outp.Add((byte)(0x80 | cp & 0x3F)); }
            else if (cp < 0x10000) { outp.Add((byte)(0xE0 | cp >> 12)); outp.Add((byte)(0x80 | cp >> 6 & 0x3F)); outp.Add((byte)(0x80 | cp & 0x3F)); }
            else { outp.Add((byte)(0xF0 | cp >> 18)); outp.Add((byte)(0x80 | cp >> 12 & 0x3F)); outp.Add((byte)(0x80 | cp >> 6 & 0x3F)); outp.Add((byte)(0x80 | cp & 0x3F)); }
        }
        return [.. outp];
    }

    private void SaveTuple(PyTuple t)
    {
        if (t.Count == 0) { if (proto >= 1) Op(')'); else Ascii("(t"); return; }
        if (t.Count <= 3 && proto >= 2)
        {
            foreach (var x in t.Items) Save(x);
            if (TryGet(t)) return;
            _out.Add((byte)(0x84 + t.Count));
            Memoize(t);
            return;
        }
        Op('(');
        foreach (var x in t.Items) Save(x);
        if (_memo.ContainsKey(t))
        {
            // The tuple was reached through its own items: drop what was built and fetch it.
            if (proto >= 1) _out.Add((byte)'1'); else { Op('0'); }
            TryGet(t);
            return;
        }
        Op('t');
        Memoize(t);
    }

    private void Batch(PyObject[] items, char one, char many, Action<PyObject> save)
    {
        if (proto == 0)
        {
            foreach (var x in items) { save(x); Op(one); }
            return;
        }
        for (int i = 0; i < items.Length; i += 1000)
        {
            int n = Math.Min(1000, items.Length - i);
            if (n == 1) { save(items[i]); Op(one); continue; }
            Op('(');
            for (int k = 0; k < n; k++) save(items[i + k]);
            Op(many);
        }
    }

    private void SaveGlobal(PyObject o)
    {
        string module = Ops.GetAttrOrNull(o, "__module__") is PyStr m ? m.Value : "__main__";
        string name = Ops.GetAttrOrNull(o, "__qualname__") is PyStr q ? q.Value : Ops.StrString(Ops.GetAttr(o, "__name__"));
        if (name.Contains("<locals>")) throw PyError.AttributeError($"Can't get local object '{name}'");
        // The object must be reachable again by name, or loading could not find it.
        PyObject? found = interp.Modules.Get(module);
        foreach (var part in name.Split('.'))
            found = found == null ? null : Ops.GetAttrOrNull(found, part);
        if (!ReferenceEquals(found, o))
            throw error($"Can't pickle {Ops.ReprString(o)}: attribute lookup {name} on {module} failed");
        if (proto >= 4)
        {
            // Class names of one module share their str objects in CPython, so repeats are memo hits.
            Save(Interned(module));
            Save(Interned(name));
            _out.Add(0x93);
        }
        else Bytes(Encoding.UTF8.GetBytes($"c{module}\n{name}\n"));
        Memoize(o);
    }

    /// <summary>
    /// CPython's object.__reduce_ex__(2+) for an instance of a class: NEWOBJ with the arguments of
    /// __getnewargs__ (a namedtuple's fields), the items of a list or dict subclass, then BUILD with
    /// __getstate__() or the instance dict plus its slot values.
    /// </summary>
    private void SaveNewObj(PyObject o)
    {
        SaveGlobal(o.Type);
        if (o.Type.Lookup("__getnewargs__") != null)
            Save(new PyTuple(Ops.ToArray(Ops.Call(Ops.GetAttr(o, "__getnewargs__")))));
        else if (o is PyTuple tuple) Save(PyTuple.Of(new PyTuple([.. tuple.Items])));  // tuple.__getnewargs__
        else if (o is PyStr str) Save(PyTuple.Of(PyStr.From(str.Value)));  // str.__getnewargs__
        else Op(')');
        _out.Add(0x81);
        Memoize(o);
        if (o is PyList list)
            foreach (var x in list.Span.ToArray()) { Save(x); Op('a'); }
        else if (o is PyDict dict)
            foreach (var (k, v) in dict.Pairs()) { Save(k); Save(v); Op('s'); }
        PyObject? state;
        if (o.Type.Lookup("__getstate__", out var owner) is not null && owner!.IsHeap)
            state = Ops.Call(Ops.GetAttr(o, "__getstate__"));
        else
        {
            PyDict? slots = null;
            foreach (var t in o.Type.Mro)
                foreach (var (name, v) in t.Attrs)
                    if (v is PyMemberSlot && SlotValue(o, name) is { } value)
                        (slots ??= new PyDict()).Set(PyStr.From(name), value);
            PyObject? dictState = o.Dict is { Count: > 0 } d ? d : null;
            state = slots != null ? PyTuple.Of(dictState ?? Py.None, slots) : dictState;
        }
        if (state != null && state != Py.None) { Save(state); Op('b'); }
    }

    /// <summary>A slot's value, or null when it is unset.</summary>
    private static PyObject? SlotValue(PyObject o, string name)
    {
        try { return Ops.GetAttrOrNull(o, name); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { return null; }
    }

    /// <summary>Instances: a class-defined __reduce_ex__/__reduce__, else the copyreg protocol-2 form (NEWOBJ + BUILD with __dict__).</summary>
    private void SaveReduce(PyObject o)
    {
        if (o is PyComplex c && o.Type == Types.Complex)
        {
            // complex.__reduce__: (complex, (real, imag)).
            SaveGlobal(Types.Complex);
            Save(PyTuple.Of(new PyFloat(c.Real), new PyFloat(c.Imag)));
            Op('R');
            Memoize(o);
            return;
        }
        PyObject? reduce = null;
        if (o.Type.Lookup("__reduce_ex__", out var owner1) != null && owner1!.IsHeap)
            reduce = Ops.Call(Ops.GetAttr(o, "__reduce_ex__"), PyInt.From(proto));
        else if (o.Type.Lookup("__reduce__", out var owner2) is { } && owner2 != Types.Object && owner2!.IsHeap)
            reduce = Ops.Call(Ops.GetAttr(o, "__reduce__"));
        if (reduce == null)
        {
            if (!o.Type.IsHeap || proto < 2)
                throw PyError.TypeError($"cannot pickle '{o.Type.Name}' object");
            SaveNewObj(o);
            return;
        }
        if (reduce is PyStr) { SaveGlobal(o); return; }
        if (reduce is not PyTuple rt || rt.Count < 2 || rt.Count > 6)
            throw error("__reduce__ must return a string or tuple");
        var fn = rt.Items[0];
        var args = rt.Items[1];
        Save(fn);
        Save(args);
        Op('R');
        Memoize(o);
        if (rt.Count > 3 && rt.Items[3] != Py.None)
            foreach (var x in Ops.ToList(rt.Items[3])) { Save(x); Op('a'); }
        if (rt.Count > 4 && rt.Items[4] != Py.None)
            foreach (var kv in Ops.ToList(rt.Items[4])) { var p = (PyTuple)kv; Save(p.Items[0]); Save(p.Items[1]); Op('s'); }
        if (rt.Count > 2 && rt.Items[2] != Py.None) { Save(rt.Items[2]); Op('b'); }
    }
}
