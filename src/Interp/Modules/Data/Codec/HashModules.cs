using System.IO.Compression;
using System.Security.Cryptography;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// A hash (or HMAC) in progress. .NET's incremental hashes cannot be copied, so the object keeps
/// the data fed so far and hashes it on demand; `copy()` is then a plain copy.
/// </summary>
internal sealed class PyHash(PyType type, string name, byte[]? key) : PyObject(type)
{
    public readonly string Name = name;
    public readonly byte[]? Key = key;
    public readonly List<byte> Data = [];

    public byte[] Digest()
    {
        var d = Data.ToArray();
        if (Key != null)
            return Name switch
            {
                "md5" => HMACMD5.HashData(Key, d),
                "sha1" => HMACSHA1.HashData(Key, d),
                "sha256" => HMACSHA256.HashData(Key, d),
                "sha384" => HMACSHA384.HashData(Key, d),
                _ => HMACSHA512.HashData(Key, d),
            };
        return Name switch
        {
            "md5" => MD5.HashData(d),
            "sha1" => SHA1.HashData(d),
            "sha256" => SHA256.HashData(d),
            "sha384" => SHA384.HashData(d),
            "sha512" => SHA512.HashData(d),
            "sha3_256" => SHA3_256.HashData(d),
            "sha3_384" => SHA3_384.HashData(d),
            _ => SHA3_512.HashData(d),
        };
    }
}

/// <summary>`hashlib`, `hmac` and `zlib` over .NET's implementations.</summary>
internal static class HashModules
{
    public static readonly NativeModuleDef HashlibDef = new("hashlib", ExecHashlib);
    public static readonly NativeModuleDef HmacDef = new("hmac", ExecHmac);
    public static readonly NativeModuleDef ZlibDef = new("zlib", ExecZlib);

    private static readonly Dictionary<string, (int Digest, int Block)> Sizes = new()
    {
        ["md5"] = (16, 64), ["sha1"] = (20, 64), ["sha256"] = (32, 64), ["sha384"] = (48, 128), ["sha512"] = (64, 128),
        ["sha3_256"] = (32, 136), ["sha3_384"] = (48, 104), ["sha3_512"] = (64, 72),
    };

    private static readonly PyType HashType = MakeType("HASH", "_hashlib", false);
    private static readonly PyType HmacType = MakeType("HMAC", "hmac", true);

    private static IEnumerable<string> Available() =>
        Sizes.Keys.Where(n => !n.StartsWith("sha3") || SHA3_256.IsSupported);

    private static PyType MakeType(string typeName, string module, bool hmac)
    {
        var t = new PyType(Types.Type, typeName, [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From(module);
        t.Method1("update", (self, data) =>
        {
            if (data is PyStr) throw PyError.TypeError("Strings must be encoded before hashing");
            ((PyHash)self).Data.AddRange(BinasciiModule.Data(data, false, "update"));
            return Py.None;
        });
        t.Method0("digest", self => new PyBytes(((PyHash)self).Digest()));
        t.Method0("hexdigest", self => PyStr.From(Convert.ToHexStringLower(((PyHash)self).Digest())));
        t.Method0("copy", self =>
        {
            var h = (PyHash)self;
            var c = new PyHash(h.Type, h.Name, h.Key);
            c.Data.AddRange(h.Data);
            return c;
        });
        t.Getter("name", self => PyStr.From(hmac ? "hmac-" + ((PyHash)self).Name : ((PyHash)self).Name));
        t.Getter("digest_size", self => PyInt.From(Sizes[((PyHash)self).Name].Digest));
        t.Getter("block_size", self => PyInt.From(Sizes[((PyHash)self).Name].Block));
        t.Method0("__repr__", self => PyStr.From($"<{((PyHash)self).Name} {(hmac ? "HMAC" : "_hashlib.HASH")} object>"));
        t.IsImmutable = true;
        return t;
    }

    private static PyHash New(string name, PyObject? data, byte[]? key = null)
    {
        if (!Available().Contains(name)) throw PyError.ValueError($"unsupported hash type {name}");
        var h = new PyHash(key == null ? HashType : HmacType, name, key);
        if (data is PyStr) throw PyError.TypeError("Strings must be encoded before hashing");
        if (data != null && data != Py.None) h.Data.AddRange(BinasciiModule.Data(data, false, name));
        return h;
    }

    private static void ExecHashlib(Interpreter interp, PyModule m)
    {
        foreach (var name in Available())
        {
            string n = name;
            ModuleKit.Fn(m, n, (self, args, kw) =>
            {
                var a = ArgCheck.Bind(n, args, kw, ["data", "usedforsecurity", "string"], 0);
                return New(n, a[0] ?? a[2]);
            });
        }
        ModuleKit.Fn(m, "new", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("new", args, kw, ["name", "data", "usedforsecurity", "string"], 1);
            string name = ModuleKit.Str(a[0]!, "new() argument 'name'").ToLowerInvariant().Replace("-", "");
            return New(name, a[1] ?? a[3]);
        });
        var names = Available().Select(n => (PyObject)PyStr.From(n)).ToArray();
        var set = new PySet(Types.FrozenSet);
        foreach (var n in names) set.Add(n);
        m.Globals.Set("algorithms_guaranteed", set);
        m.Globals.Set("algorithms_available", set);
        ModuleKit.Fn(m, "pbkdf2_hmac", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("pbkdf2_hmac", args, kw, ["hash_name", "password", "salt", "iterations", "dklen"], 4);
            string name = ModuleKit.Str(a[0]!, "hash_name");
            var alg = name switch
            {
                "sha1" => HashAlgorithmName.SHA1, "sha256" => HashAlgorithmName.SHA256, "sha384" => HashAlgorithmName.SHA384,
                "sha512" => HashAlgorithmName.SHA512, "md5" => HashAlgorithmName.MD5,
                _ => throw PyError.ValueError($"unsupported hash type {name}"),
            };
            int iterations = (int)Ops.Index(a[3]!).ToInt64();
            if (iterations < 1) throw PyError.ValueError("iteration value must be greater than 0.");
            int dklen = a[4] == null || a[4] == Py.None ? Sizes[name].Digest : (int)Ops.Index(a[4]!).ToInt64();
            return new PyBytes(Rfc2898DeriveBytes.Pbkdf2(BinasciiModule.Data(a[1]!, false, "pbkdf2_hmac"),
                BinasciiModule.Data(a[2]!, false, "pbkdf2_hmac"), iterations, alg, dklen));
        });
        ModuleKit.RunPython(interp, m, Blake2Module.HashlibPart);
    }

    private static string DigestName(PyObject digestmod)
    {
        if (digestmod is PyStr s) return s.Value.ToLowerInvariant();
        // A hashlib constructor (hashlib.sha256) or a module with new(): ask it for a hash and read its name.
        var probe = Ops.GetAttrOrNull(digestmod, "new") is { } newFn && digestmod is PyModule ? Ops.Call(newFn) : Ops.Call(digestmod);
        return ((PyHash)probe).Name;
    }

    private static void ExecHmac(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "new", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("new", args, kw, ["key", "msg", "digestmod"], 1);
            var key = BinasciiModule.Data(a[0]!, false, "new");
            if (a[2] == null || a[2] == Py.None) throw PyError.TypeError("Missing required argument 'digestmod'.");
            string name = DigestName(a[2]!);
            if (name is "sha3_256" or "sha3_384" or "sha3_512") throw PyError.ValueError($"unsupported hash type {name}");
            return New(name, a[1], key);
        });
        ModuleKit.Fn(m, "digest", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("digest", args, kw, ["key", "msg", "digest"], 3);
            return new PyBytes(New(DigestName(a[2]!), a[1], BinasciiModule.Data(a[0]!, false, "digest")).Digest());
        });
        ModuleKit.Fn(m, "compare_digest", (self, args, kw) =>
        {
            ArgCheck.Count("compare_digest", args, 2, 2);
            if (args[0] is PyStr sa && args[1] is PyStr sb)
            {
                if (!System.Text.Ascii.IsValid(sa.Value) || !System.Text.Ascii.IsValid(sb.Value))
                    throw PyError.TypeError("comparing strings with non-ASCII characters is not supported");
                return Py.Bool(CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value)));
            }
            // CPython: two non-buffers are an operand error; otherwise each side must be bytes (or bytearray).
            static bool IsBuffer(PyObject o) => o is PyBytes;
            if (!IsBuffer(args[0]) && !IsBuffer(args[1]))
                throw PyError.TypeError($"unsupported operand types(s) or combination of types: '{args[0].Type.Name}' and '{args[1].Type.Name}'");
            return Py.Bool(CryptographicOperations.FixedTimeEquals(
                BinasciiModule.Data(args[0], false, "compare_digest"), BinasciiModule.Data(args[1], false, "compare_digest")));
        });
        m.Globals.Set("HMAC", HmacType);
    }

    private static void ExecZlib(Interpreter interp, PyModule m)
    {
        ModuleKit.RunPython(interp, m, """
            class error(Exception):
                __module__ = 'zlib'
            """);
        m.Globals.Set("MAX_WBITS", PyInt.From(15));
        m.Globals.Set("DEFLATED", PyInt.From(8));
        m.Globals.Set("Z_DEFAULT_COMPRESSION", PyInt.From(-1));
        m.Globals.Set("Z_BEST_SPEED", PyInt.From(1));
        m.Globals.Set("Z_BEST_COMPRESSION", PyInt.From(9));
        ModuleKit.Fn(m, "crc32", (self, args, kw) =>
        {
            ArgCheck.Count("crc32", args, 1, 2);
            uint start = args.Length > 1 ? (uint)(Ops.Index(args[1]).AsBig & uint.MaxValue) : 0;
            return PyInt.From((long)BinasciiModule.Crc32(BinasciiModule.Data(args[0], false, "crc32"), start));
        });
        ModuleKit.Fn(m, "adler32", (self, args, kw) =>
        {
            ArgCheck.Count("adler32", args, 1, 2);
            uint v = args.Length > 1 ? (uint)(Ops.Index(args[1]).AsBig & uint.MaxValue) : 1;
            uint a = v & 0xffff, b = v >> 16;
            foreach (byte x in BinasciiModule.Data(args[0], false, "adler32")) { a = (a + x) % 65521; b = (b + a) % 65521; }
            return PyInt.From((long)((b << 16) | a));
        });
        ModuleKit.Fn(m, "compress", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("compress", args, kw, ["data", "level", "wbits"], 1);
            int level = a[1] == null ? -1 : (int)Ops.Index(a[1]!).ToInt64();
            var data = BinasciiModule.Data(a[0]!, false, "compress");
            var ms = new MemoryStream();
            var cl = level switch { 0 => CompressionLevel.NoCompression, >= 1 and <= 3 => CompressionLevel.Fastest, 9 => CompressionLevel.SmallestSize, _ => CompressionLevel.Optimal };
            using (var z = new ZLibStream(ms, cl, leaveOpen: true)) z.Write(data);
            return new PyBytes(ms.ToArray());
        });
        ModuleKit.Fn(m, "decompress", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("decompress", args, kw, ["data", "wbits", "bufsize"], 1);
            var data = BinasciiModule.Data(a[0]!, false, "decompress");
            try
            {
                using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                var outp = new MemoryStream();
                z.CopyTo(outp);
                return new PyBytes(outp.ToArray());
            }
            catch (InvalidDataException)
            {
                throw new PyError((PyBaseException)Ops.Call(((PyModule)self).Globals.Get("error")!,
                    PyStr.From("Error -3 while decompressing data: incorrect header check")));
            }
        });
        ModuleKit.RunPython(interp, m, ZlibStreams.ZlibPart);
    }
}
