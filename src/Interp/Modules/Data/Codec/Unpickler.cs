using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>Reads pickles of protocols 0 to 5 (the opcodes CPython writes for values, classes and reduce results).</summary>
internal sealed class Unpickler(byte[] data, Func<string, PyError> error, Func<string, string, PyObject> findClass)
{
    private int _pos;
    private readonly List<PyObject> _stack = [];
    private readonly Stack<int> _marks = new();
    private readonly Dictionary<long, PyObject> _memo = [];

    private byte Byte() => _pos < data.Length ? data[_pos++] : throw error("pickle data was truncated");

    private ReadOnlySpan<byte> Take(long n)
    {
        if (n < 0 || _pos + n > data.Length) throw error("pickle data was truncated");
        var s = data.AsSpan(_pos, (int)n);
        _pos += (int)n;
        return s;
    }

    private string Line()
    {
        int start = _pos;
        while (_pos < data.Length && data[_pos] != '\n') _pos++;
        if (_pos >= data.Length) throw error("pickle data was truncated");
        return Encoding.Latin1.GetString(data, start, _pos++ - start);
    }

    private PyObject Pop()
    {
        if (_stack.Count == 0) throw error("unpickling stack underflow");
        var o = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return o;
    }

    private PyObject Top => _stack.Count > 0 ? _stack[^1] : throw error("unpickling stack underflow");

    private List<PyObject> PopMark()
    {
        if (_marks.Count == 0) throw error("could not find MARK");
        int m = _marks.Pop();
        var items = _stack.GetRange(m, _stack.Count - m);
        _stack.RemoveRange(m, _stack.Count - m);
        return items;
    }

    private PyObject Get(long idx) => _memo.TryGetValue(idx, out var v) ? v : throw error($"Memo value not found at index {idx}");

    private static string Utf8(ReadOnlySpan<byte> b) => Encoding.UTF8.GetString(b);

    public PyObject Load()
    {
        while (true)
        {
            byte op = Byte();
            switch (op)
            {
                case 0x80: Byte(); break;                         // PROTO
                case 0x95: Take(8); break;                        // FRAME
                case (byte)'.': return Pop();                     // STOP
                case (byte)'(': _marks.Push(_stack.Count); break; // MARK
                case (byte)'0': Pop(); break;
                case (byte)'1': PopMark(); break;
                case (byte)'2': _stack.Add(Top); break;
                case (byte)'N': _stack.Add(Py.None); break;
                case 0x88: _stack.Add(Py.True); break;
                case 0x89: _stack.Add(Py.False); break;
                case (byte)'I':
                    {
                        string s = Line();
                        _stack.Add(s == "01" ? Py.True : s == "00" ? Py.False : PyInt.From(BigInteger.Parse(s, CultureInfo.InvariantCulture)));
                        break;
                    }
                case (byte)'J': _stack.Add(PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(Take(4)))); break;
                case (byte)'K': _stack.Add(PyInt.From(Byte())); break;
                case (byte)'M': _stack.Add(PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(Take(2)))); break;
                case (byte)'L': _stack.Add(PyInt.From(BigInteger.Parse(Line().TrimEnd('L'), CultureInfo.InvariantCulture))); break;
                case 0x8a: _stack.Add(PyInt.From(new BigInteger(Take(Byte())))); break;
                case 0x8b: _stack.Add(PyInt.From(new BigInteger(Take(BinaryPrimitives.ReadInt32LittleEndian(Take(4)))))); break;
                case (byte)'F': _stack.Add(new PyFloat(double.Parse(Line(), CultureInfo.InvariantCulture))); break;
                case (byte)'G': _stack.Add(new PyFloat(BinaryPrimitives.ReadDoubleBigEndian(Take(8)))); break;
                case (byte)'V': _stack.Add(PyStr.From(RawUnicodeEscape(Line()))); break;
                case (byte)'X': _stack.Add(PyStr.From(Utf8(Take(BinaryPrimitives.ReadUInt32LittleEndian(Take(4)))))); break;
                case 0x8c: _stack.Add(PyStr.From(Utf8(Take(Byte())))); break;
                case 0x8d: _stack.Add(PyStr.From(Utf8(Take((long)BinaryPrimitives.ReadUInt64LittleEndian(Take(8)))))); break;
                case (byte)'S': _stack.Add(PyStr.From(Regex.Unescape(Line().Trim('\'', '"')))); break;
                case (byte)'T': _stack.Add(PyStr.From(Encoding.ASCII.GetString(Take(BinaryPrimitives.ReadUInt32LittleEndian(Take(4)))))); break;
                case (byte)'U': _stack.Add(PyStr.From(Encoding.ASCII.GetString(Take(Byte())))); break;
                case (byte)'B': _stack.Add(new PyBytes(Take(BinaryPrimitives.ReadUInt32LittleEndian(Take(4))).ToArray())); break;
                case (byte)'C': _stack.Add(new PyBytes(Take(Byte()).ToArray())); break;
                case 0x8e: _stack.Add(new PyBytes(Take((long)BinaryPrimitives.ReadUInt64LittleEndian(Take(8))).ToArray())); break;
                case 0x96: _stack.Add(new PyBytes(Types.ByteArray, Take((long)BinaryPrimitives.ReadUInt64LittleEndian(Take(8))).ToArray())); break;
                case (byte)')': _stack.Add(PyTuple.Empty); break;
                case (byte)'t': _stack.Add(new PyTuple([.. PopMark()])); break;
                case 0x85: _stack.Add(PyTuple.Of(Pop())); break;
                case 0x86: { var b = Pop(); var a = Pop(); _stack.Add(PyTuple.Of(a, b)); break; }
                case 0x87: { var c = Pop(); var b = Pop(); var a = Pop(); _stack.Add(PyTuple.Of(a, b, c)); break; }
                case (byte)']': _stack.Add(new PyList()); break;
                case (byte)'l': _stack.Add(new PyList([.. PopMark()])); break;
                case (byte)'a': { var v = Pop(); Append(Top, [v]); break; }
                case (byte)'e': { var items = PopMark(); Append(Top, items); break; }
                case (byte)'}': _stack.Add(new PyDict()); break;
                case (byte)'d':
                    {
                        var items = PopMark();
                        var d = new PyDict();
                        for (int i = 0; i + 1 < items.Count; i += 2) d.Set(items[i], items[i + 1]);
                        _stack.Add(d);
                        break;
                    }
                case (byte)'s': { var v = Pop(); var k = Pop(); Ops.SetItem(Top, k, v); break; }
                case (byte)'u':
                    {
                        var items = PopMark();
                        for (int i = 0; i + 1 < items.Count; i += 2) Ops.SetItem(Top, items[i], items[i + 1]);
                        break;
                    }
                case 0x8f: _stack.Add(new PySet(Types.Set)); break;
                case 0x90:
                    {
                        var items = PopMark();
                        if (Top is PySet set && !set.IsFrozen) foreach (var x in items) set.Add(x);
                        else foreach (var x in items) Ops.Call(Ops.GetAttr(Top, "add"), x);
                        break;
                    }
                case 0x91:
                    {
                        var fs = new PySet(Types.FrozenSet);
                        foreach (var x in PopMark()) fs.Add(x);
                        _stack.Add(fs);
                        break;
                    }
                case (byte)'g': _stack.Add(Get(long.Parse(Line(), CultureInfo.InvariantCulture))); break;
                case (byte)'h': _stack.Add(Get(Byte())); break;
                case (byte)'j': _stack.Add(Get(BinaryPrimitives.ReadUInt32LittleEndian(Take(4)))); break;
                case (byte)'p': _memo[long.Parse(Line(), CultureInfo.InvariantCulture)] = Top; break;
                case (byte)'q': _memo[Byte()] = Top; break;
                case (byte)'r': _memo[BinaryPrimitives.ReadUInt32LittleEndian(Take(4))] = Top; break;
                case 0x94: _memo[_memo.Count] = Top; break;
                case (byte)'c': { string module = Line(), name = Line(); _stack.Add(findClass(module, name)); break; }
                case 0x93:
                    {
                        var name = Pop();
                        var module = Pop();
                        if (module is not PyStr ms || name is not PyStr ns) throw error("STACK_GLOBAL requires str");
                        _stack.Add(findClass(ms.Value, ns.Value));
                        break;
                    }
                case (byte)'R': { var args = Pop(); var fn = Pop(); _stack.Add(Ops.Call(fn, Ops.ToArray(args))); break; }
                case 0x81:
                    {
                        var args = Pop();
                        var cls = Pop();
                        var newFn = Ops.GetAttr(cls, "__new__");
                        _stack.Add(Ops.Call(newFn, [cls, .. Ops.ToArray(args)]));
                        break;
                    }
                case 0x92:
                    {
                        var kwargs = (PyDict)Pop();
                        var args = Pop();
                        var cls = Pop();
                        var pairs = kwargs.Pairs();
                        PyObject[] all = [cls, .. Ops.ToArray(args), .. pairs.Select(p => p.Value)];
                        _stack.Add(Ops.Call(Ops.GetAttr(cls, "__new__"), all, [.. pairs.Select(p => Ops.StrString(p.Key))]));
                        break;
                    }
                case (byte)'b': Build(Pop(), Top); break;
                default: throw error($"invalid load key, '{(op >= 0x20 && op < 0x7f ? ((char)op).ToString() : "\\x" + op.ToString("x2"))}'.");
            }
        }
    }

    private static void Append(PyObject target, List<PyObject> items)
    {
        if (target is PyList l && l.Type == Types.List) { foreach (var x in items) l.Append(x); return; }
        var extend = Ops.GetAttrOrNull(target, "extend");
        if (extend != null) { Ops.Call(extend, new PyList([.. items])); return; }
        var append = Ops.GetAttr(target, "append");
        foreach (var x in items) Ops.Call(append, x);
    }

    private static void Build(PyObject state, PyObject inst)
    {
        if (Ops.GetAttrOrNull(inst, "__setstate__") is { } setstate && inst.Type.Lookup("__setstate__", out var owner) != null && owner != Types.Object)
        {
            Ops.Call(setstate, state);
            return;
        }
        PyObject? slotState = null;
        if (state is PyTuple t && t.Count == 2) { slotState = t.Items[1]; state = t.Items[0]; }
        if (state is PyDict d)
            foreach (var (k, v) in d.Pairs())
            {
                if (inst.Dict != null) inst.Dict.Set(k, v);
                else Ops.SetAttr(inst, Ops.StrString(k), v);
            }
        if (slotState is PyDict sd)
            foreach (var (k, v) in sd.Pairs()) Ops.SetAttr(inst, Ops.StrString(k), v);
    }

    private static string RawUnicodeEscape(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 5 < s.Length && s[i + 1] == 'u')
            {
                sb.Append((char)int.Parse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else if (s[i] == '\\' && i + 9 < s.Length && s[i + 1] == 'U')
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                i += 9;
            }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
