using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// `binascii` and `base64`: hex, base64 (CPython's lenient and strict decoders), base32, base16,
/// crc32. base64 is a Python layer over the native codecs.
/// </summary>
internal static class BinasciiModule
{
    public static readonly NativeModuleDef Def = new("binascii", Exec);
    public static readonly NativeModuleDef Base64Def = new("base64", ExecBase64);

    private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Bytes of a bytes-like argument, or of an ASCII-only str where CPython's decoders accept one.</summary>
    public static byte[] Data(PyObject o, bool allowStr, string fname)
    {
        if (o is PyBytes b) return b.Span.ToArray();
        if (allowStr && o is PyStr s)
        {
            foreach (char c in s.Value)
                if (c > 0x7f) throw PyError.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        if (allowStr) throw PyError.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
        throw PyError.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    private static PyError Error(PyModule m, string msg) =>
        new((PyBaseException)Ops.Call(m.Globals.Get("Error")!, PyStr.From(msg)));

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.RunPython(interp, m, """
            class Error(ValueError):
                __module__ = 'binascii'


            class Incomplete(Exception):
                __module__ = 'binascii'
            """);
        NativeFn hexlify = (self, args, kw) =>
        {
            var a = ArgCheck.Bind("hexlify", args, kw, ["data", "sep", "bytes_per_sep"], 1);
            var data = Data(a[0]!, false, "hexlify");
            string hex = Convert.ToHexStringLower(data);
            if (a[1] != null && a[1] != Py.None)
            {
                string sep = a[1] is PyStr ss ? ss.Value : Encoding.Latin1.GetString(((PyBytes)a[1]!).Span);
                int per = a[2] == null ? 1 : (int)Ops.Index(a[2]!).ToInt64();
                hex = Separate(hex, sep, per);
            }
            return new PyBytes(Encoding.ASCII.GetBytes(hex));
        };
        ModuleKit.Fn(m, "hexlify", hexlify);
        ModuleKit.Fn(m, "b2a_hex", hexlify);
        NativeFn unhexlify = (self, args, kw) =>
        {
            ArgCheck.Count("unhexlify", args, 1, 1);
            var data = Data(args[0], true, "unhexlify");
            if (data.Length % 2 != 0) throw Error((PyModule)self, "Odd-length string");
            var outp = new byte[data.Length / 2];
            for (int i = 0; i < outp.Length; i++)
            {
                int hi = HexVal(data[2 * i]), lo = HexVal(data[2 * i + 1]);
                if (hi < 0 || lo < 0) throw Error((PyModule)self, "Non-hexadecimal digit found");
                outp[i] = (byte)(hi * 16 + lo);
            }
            return new PyBytes(outp);
        };
        ModuleKit.Fn(m, "unhexlify", unhexlify);
        ModuleKit.Fn(m, "a2b_hex", unhexlify);
        ModuleKit.Fn(m, "b2a_base64", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("b2a_base64", args, kw, ["data", "newline"], 1, kwOnlyFrom: 1);
            string s = Convert.ToBase64String(Data(a[0]!, false, "b2a_base64"));
            if (a[1] == null || Ops.IsTrue(a[1]!)) s += "\n";
            return new PyBytes(Encoding.ASCII.GetBytes(s));
        });
        ModuleKit.Fn(m, "a2b_base64", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("a2b_base64", args, kw, ["data", "strict_mode"], 1, kwOnlyFrom: 1);
            bool strict = a[1] != null && Ops.IsTrue(a[1]!);
            return new PyBytes(DecodeBase64(Data(a[0]!, true, "a2b_base64"), strict, msg => Error((PyModule)self, msg)));
        });
        ModuleKit.Fn(m, "crc32", (self, args, kw) =>
        {
            ArgCheck.Count("crc32", args, 1, 2);
            uint crc = args.Length > 1 ? (uint)(Ops.Index(args[1]).AsBig & uint.MaxValue) : 0;
            return PyInt.From((long)Crc32(Data(args[0], false, "crc32"), crc));
        });
    }

    private static string Separate(string hex, string sep, int per)
    {
        if (per == 0 || sep.Length == 0) return hex;
        int group = Math.Abs(per) * 2;
        var parts = new List<string>();
        if (per > 0)
        {
            // Positive counts group from the right, as CPython does.
            int first = hex.Length % group;
            if (first > 0) parts.Add(hex[..first]);
            for (int i = first; i < hex.Length; i += group) parts.Add(hex.Substring(i, group));
        }
        else
            for (int i = 0; i < hex.Length; i += group) parts.Add(hex.Substring(i, Math.Min(group, hex.Length - i)));
        return string.Join(sep, parts);
    }

    private static int HexVal(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static readonly uint[] CrcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    /// <summary>The CRC-32 of zlib (reflected 0xEDB88320), continuing from a previous value.</summary>
    public static uint Crc32(ReadOnlySpan<byte> data, uint crc)
    {
        uint c = ~crc;
        foreach (byte b in data) c = CrcTable[(c ^ b) & 0xff] ^ (c >> 8);
        return ~c;
    }

    /// <summary>
    /// CPython's a2b_base64: in the default mode characters outside the alphabet are skipped and
    /// padding ends a group; strict mode rejects both.
    /// </summary>
    public static byte[] DecodeBase64(byte[] data, bool strict, Func<string, PyError> error)
    {
        var outp = new List<byte>();
        int quadPos = 0, leftBits = 0, leftChar = 0, pads = 0, dataChars = 0;
        bool paddingStarted = false;
        for (int i = 0; i < data.Length; i++)
        {
            byte c = data[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && quadPos < 2)
                    throw error(quadPos == 0 && i == 0 ? "Leading padding not allowed" : "Discontinuous padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length) throw error("Excess data after padding");
                    quadPos = 0;
                    leftBits = 0;
                    pads = 0;
                }
                continue;
            }
            int v = B64.IndexOf((char)c);
            if (v < 0)
            {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw error("Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            quadPos = (quadPos + 1) & 3;
            leftChar = (leftChar << 6) | v;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                outp.Add((byte)(leftChar >> leftBits));
                leftChar &= (1 << leftBits) - 1;
            }
        }
        if (quadPos != 0)
        {
            if (quadPos == 1)
                throw error($"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
            throw error("Incorrect padding");
        }
        return [.. outp];
    }

    private static void ExecBase64(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "_b32encode", (self, args, kw) => new PyBytes(Base32.Encode(Data(args[0], false, "b32encode"), Ops.IsTrue(args[1]))));
        ModuleKit.Fn(m, "_b32decode", (self, args, kw) =>
        {
            var binascii = interp.Importer.ImportName("binascii", new PyDict(), Py.None, 0);
            return new PyBytes(Base32.Decode(Data(args[0], true, "b32decode"), Ops.IsTrue(args[1]), Ops.IsTrue(args[2]),
                msg => new PyError((PyBaseException)Ops.Call(Ops.GetAttr(binascii, "Error"), PyStr.From(msg)))));
        });
        ModuleKit.Fn(m, "_ascii", (self, args, kw) => new PyBytes(Data(args[0], true, "b64decode")));
        ModuleKit.Fn(m, "_translate", (self, args, kw) =>
        {
            var s = Data(args[0], false, "translate");
            var from = Data(args[1], false, "translate");
            var to = Data(args[2], false, "translate");
            for (int i = 0; i < s.Length; i++)
            {
                int k = Array.IndexOf(from, s[i]);
                if (k >= 0) s[i] = to[k];
            }
            return new PyBytes(s);
        });
        ModuleKit.Fn(m, "_b16encode", (self, args, kw) =>
            new PyBytes(Encoding.ASCII.GetBytes(Convert.ToHexString(Data(args[0], false, "b16encode")))));
        ModuleKit.Fn(m, "_b16decode", (self, args, kw) =>
        {
            var s = Data(args[0], true, "b16decode");
            var binascii = interp.Importer.ImportName("binascii", new PyDict(), Py.None, 0);
            PyError Err(string msg) => new((PyBaseException)Ops.Call(Ops.GetAttr(binascii, "Error"), PyStr.From(msg)));
            foreach (byte c in s)
                if (!(c is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' || (Ops.IsTrue(args[1]) && c is >= (byte)'a' and <= (byte)'f')))
                    throw Err("Non-base16 digit found");
            if (s.Length % 2 != 0) throw Err("Odd-length string");
            return new PyBytes(Convert.FromHexString(Encoding.ASCII.GetString(s)));
        });
        ModuleKit.Fn(m, "_encodebytes", (self, args, kw) =>
        {
            var s = Data(args[0], false, "encodebytes");
            var sb = new StringBuilder();
            for (int i = 0; i < s.Length; i += 57) sb.Append(Convert.ToBase64String(s, i, Math.Min(57, s.Length - i))).Append('\n');
            return new PyBytes(Encoding.ASCII.GetBytes(sb.ToString()));
        });
        ModuleKit.RunPython(interp, m, Base64Python.Source);
    }
}
