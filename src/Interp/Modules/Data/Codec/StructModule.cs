using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>A parsed struct format: items with their offsets, the byte order and the total size.</summary>
internal sealed class StructFormat
{
    public readonly record struct Item(char Code, int Size, int Offset, int Count);

    public readonly string Source;
    public readonly bool Little, Native;
    public readonly List<Item> Items = [];
    public readonly int Size;
    /// <summary>How many Python values pack/unpack take (pad bytes take none, s/p take one).</summary>
    public readonly int Values;

    private StructFormat(string fmt, Func<string, PyError> error)
    {
        Source = fmt;
        int i = 0;
        Native = true;
        Little = BitConverter.IsLittleEndian;
        if (fmt.Length > 0 && "@=<>!".Contains(fmt[0]))
        {
            Native = fmt[0] == '@';
            Little = fmt[0] switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
            i = 1;
        }
        int offset = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int count = 1;
            if (char.IsAsciiDigit(c))
            {
                int s = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                count = int.Parse(fmt[s..i]);
                if (i >= fmt.Length) throw error("repeat count given without format specifier");
                c = fmt[i];
            }
            int size = SizeOf(c, Native);
            if (size < 0) throw error("bad char in struct format");
            if (Native && c is not ('s' or 'p' or 'x' or 'c' or 'b' or 'B' or '?')) offset = (offset + size - 1) / size * size;
            if (c is 's' or 'p')
            {
                Items.Add(new Item(c, count, offset, 1));
                offset += count;
                Values++;
            }
            else
            {
                for (int k = 0; k < count; k++)
                {
                    Items.Add(new Item(c, size, offset, 1));
                    offset += size;
                    if (c != 'x') Values++;
                }
            }
            i++;
        }
        Size = offset;
    }

    private static int SizeOf(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => native ? 8 : -1,
        _ => -1,
    };

    public static StructFormat Parse(string fmt, Func<string, PyError> error) => new(fmt, error);

    public byte[] Pack(ReadOnlySpan<PyObject> args, Func<string, PyError> error)
    {
        if (args.Length != Values) throw error($"pack expected {Values} items for packing (got {args.Length})");
        var buf = new byte[Size];
        int v = 0;
        foreach (var it in Items)
        {
            if (it.Code == 'x') continue;
            PackOne(buf.AsSpan(it.Offset, it.Size), it, args[v++], error);
        }
        return buf;
    }

    private void PackOne(Span<byte> dst, Item it, PyObject o, Func<string, PyError> error)
    {
        switch (it.Code)
        {
            case 'c':
                if (o is not PyBytes cb || cb.Length != 1) throw error("char format requires a bytes object of length 1");
                dst[0] = cb.Span[0];
                return;
            case 's' or 'p':
                if (o is not PyBytes sb) throw error($"argument for '{it.Code}' must be a bytes object");
                var src = sb.Span;
                if (it.Code == 's') src[..Math.Min(src.Length, dst.Length)].CopyTo(dst);
                else if (dst.Length > 0)
                {
                    int n = Math.Min(src.Length, Math.Min(dst.Length - 1, 255));
                    dst[0] = (byte)n;
                    src[..n].CopyTo(dst[1..]);
                }
                return;
            case '?': dst[0] = (byte)(Ops.IsTrue(o) ? 1 : 0); return;
            case 'e' or 'f' or 'd':
                double d = o switch
                {
                    PyFloat f => f.V,
                    PyInt i => (double)i.AsBig,
                    _ when Ops.GetAttrOrNull(o, "__float__") != null => ((PyFloat)Ops.Call(Types.Float, o)).V,
                    _ => throw error("required argument is not a float"),
                };
                if (it.Code == 'e')
                {
                    var h = (Half)d;
                    if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw PyError.Overflow("float too large to pack with e format");
                    ushort bits = BitConverter.HalfToUInt16Bits(h);
                    if (Little) BinaryPrimitives.WriteUInt16LittleEndian(dst, bits); else BinaryPrimitives.WriteUInt16BigEndian(dst, bits);
                }
                else if (it.Code == 'f')
                {
                    float f = (float)d;
                    if (float.IsInfinity(f) && !double.IsInfinity(d)) throw PyError.Overflow("float too large to pack with f format");
                    if (Little) BinaryPrimitives.WriteSingleLittleEndian(dst, f); else BinaryPrimitives.WriteSingleBigEndian(dst, f);
                }
                else if (Little) BinaryPrimitives.WriteDoubleLittleEndian(dst, d); else BinaryPrimitives.WriteDoubleBigEndian(dst, d);
                return;
        }
        if (o is not PyInt && Ops.GetAttrOrNull(o, "__index__") == null) throw error("required argument is not an integer");
        var v = Ops.Index(o).AsBig;
        bool unsigned = char.IsUpper(it.Code);
        BigInteger min = unsigned ? 0 : -(BigInteger.One << (it.Size * 8 - 1));
        BigInteger max = unsigned ? (BigInteger.One << (it.Size * 8)) - 1 : (BigInteger.One << (it.Size * 8 - 1)) - 1;
        if (v < min || v > max) throw error($"'{it.Code}' format requires {min} <= number <= {max}");
        if (v < 0) v += BigInteger.One << (it.Size * 8);
        for (int k = 0; k < it.Size; k++)
        {
            byte b = (byte)(v & 0xff);
            v >>= 8;
            dst[Little ? k : it.Size - 1 - k] = b;
        }
    }

    public PyTuple Unpack(ReadOnlySpan<byte> data)
    {
        var items = new List<PyObject>(Values);
        foreach (var it in Items)
        {
            if (it.Code == 'x') continue;
            var src = data.Slice(it.Offset, it.Size);
            items.Add(it.Code switch
            {
                'c' => new PyBytes([src[0]]),
                's' => new PyBytes(src.ToArray()),
                'p' => new PyBytes(src.Length == 0 ? [] : src.Slice(1, Math.Min(src[0], src.Length - 1)).ToArray()),
                '?' => Py.Bool(src[0] != 0),
                'e' => new PyFloat((double)BitConverter.UInt16BitsToHalf(Little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src))),
                'f' => new PyFloat(Little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src)),
                'd' => new PyFloat(Little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src)),
                _ => PyInt.From(new BigInteger(src, isUnsigned: char.IsUpper(it.Code), isBigEndian: !Little)),
            });
        }
        return new PyTuple([.. items]);
    }
}

/// <summary>`struct`: pack/unpack with CPython's sizes, alignment and struct.error messages; Struct objects.</summary>
internal static class StructModule
{
    public static readonly NativeModuleDef Def = new("struct", Exec);

    private sealed class PyStruct(PyType type, StructFormat fmt, PyModule module) : PyObject(type)
    {
        public readonly StructFormat Fmt = fmt;
        public readonly PyModule Module = module;
    }

    private static Func<string, PyError> Errors(PyModule m) =>
        msg => new PyError((PyBaseException)Ops.Call(m.Globals.Get("error")!, PyStr.From(msg)));

    private static StructFormat Format(PyModule m, PyObject fmt) => fmt switch
    {
        PyStr s => StructFormat.Parse(s.Value, Errors(m)),
        PyBytes b => StructFormat.Parse(Encoding.Latin1.GetString(b.Span), Errors(m)),
        _ => throw PyError.TypeError($"Struct() argument 1 must be a str or bytes object, not {fmt.Type.Name}"),
    };

    private static PyObject Unpack(PyModule m, StructFormat f, PyObject buffer)
    {
        var data = BinasciiModule.Data(buffer, false, "unpack");
        if (data.Length != f.Size) throw Errors(m)($"unpack requires a buffer of {f.Size} bytes");
        return f.Unpack(data);
    }

    private static PyObject UnpackFrom(PyModule m, StructFormat f, PyObject buffer, PyObject? offsetObj)
    {
        var data = BinasciiModule.Data(buffer, false, "unpack_from");
        long offset = offsetObj == null ? 0 : Ops.Index(offsetObj).ToInt64();
        if (offset < 0) offset += data.Length;
        if (offset < 0 || data.Length - offset < f.Size)
            throw Errors(m)($"unpack_from requires a buffer of at least {f.Size + offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        return f.Unpack(data.AsSpan((int)offset));
    }

    private static PyObject IterUnpack(PyModule m, StructFormat f, PyObject buffer)
    {
        var data = BinasciiModule.Data(buffer, false, "iter_unpack");
        if (f.Size == 0) throw Errors(m)("cannot iteratively unpack with a struct of length 0");
        if (data.Length % f.Size != 0) throw Errors(m)($"iterative unpacking requires a buffer of a multiple of {f.Size} bytes");
        var list = new PyList();
        for (int i = 0; i < data.Length; i += f.Size) list.Append(f.Unpack(data.AsSpan(i, f.Size)));
        return Ops.GetIter(list);
    }

    private static PyType MakeStructType()
    {
        var t = new PyType(Types.Type, "Struct", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_struct");
        t.Method("pack", (self, args, kw) => { var s = (PyStruct)self; return new PyBytes(s.Fmt.Pack(args, Errors(s.Module))); });
        t.Method1("unpack", (self, b) => { var s = (PyStruct)self; return Unpack(s.Module, s.Fmt, b); });
        t.Method("unpack_from", (self, args, kw) =>
        {
            var s = (PyStruct)self;
            var a = ArgCheck.Bind("unpack_from", args, kw, ["buffer", "offset"], 1);
            return UnpackFrom(s.Module, s.Fmt, a[0]!, a[1]);
        });
        t.Method1("iter_unpack", (self, b) => { var s = (PyStruct)self; return IterUnpack(s.Module, s.Fmt, b); });
        t.Getter("size", self => PyInt.From(((PyStruct)self).Fmt.Size));
        t.Getter("format", self => PyStr.From(((PyStruct)self).Fmt.Source));
        t.Method0("__repr__", self => PyStr.From($"Struct({StrMethods.Repr(((PyStruct)self).Fmt.Source)})"));
        t.IsImmutable = true;
        return t;
    }

    private static readonly PyType StructType = MakeStructType();

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.RunPython(interp, m, """
            class error(Exception):
                __module__ = 'struct'
            """);
        m.Globals.Set("Struct", new PyBuiltinFunction("Struct", (self, args, kw) =>
        {
            ArgCheck.Count("Struct", args, 1, 1);
            return new PyStruct(StructType, Format(m, args[0]), m);
        }, m));
        ModuleKit.Fn(m, "calcsize", (self, args, kw) => { ArgCheck.Count("calcsize", args, 1, 1); return PyInt.From(Format(m, args[0]).Size); });
        ModuleKit.Fn(m, "pack", (self, args, kw) =>
        {
            if (args.Length == 0) throw PyError.TypeError("pack expected at least 1 argument, got 0");
            return new PyBytes(Format(m, args[0]).Pack(args[1..], Errors(m)));
        });
        ModuleKit.Fn(m, "unpack", (self, args, kw) => { ArgCheck.Count("unpack", args, 2, 2); return Unpack(m, Format(m, args[0]), args[1]); });
        ModuleKit.Fn(m, "unpack_from", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("unpack_from", args, kw, ["format", "buffer", "offset"], 2);
            return UnpackFrom(m, Format(m, a[0]!), a[1]!, a[2]);
        });
        ModuleKit.Fn(m, "iter_unpack", (self, args, kw) => { ArgCheck.Count("iter_unpack", args, 2, 2); return IterUnpack(m, Format(m, args[0]), args[1]); });
    }
}
