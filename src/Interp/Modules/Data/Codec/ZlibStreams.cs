using System.IO.Compression;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>A streaming compressor: .NET's deflate stream writing into a buffer drained after each call.</summary>
internal sealed class PyDeflater(PyType type, MemoryStream sink, Stream stream) : PyObject(type)
{
    public readonly MemoryStream Sink = sink;
    public readonly Stream Stream = stream;
    public bool Finished;

    public byte[] Drain()
    {
        var bytes = Sink.ToArray();
        Sink.SetLength(0);
        return bytes;
    }
}

internal sealed class PyInflater(PyType type, Inflater inflater) : PyObject(type)
{
    public readonly Inflater Inflater = inflater;
}

/// <summary>
/// `_zlib_stream`: the native halves of zlib.compressobj and zlib.decompressobj. Compression uses
/// .NET's deflate; decompression uses Inflater, which reports unused_data and honours max_length.
/// The Python classes (zlib.Compress, zlib.Decompress) are added to zlib by ZlibPart.
/// </summary>
internal static class ZlibStreams
{
    public static readonly NativeModuleDef Def = new("_zlib_stream", Exec);

    private static readonly PyType DeflaterType = OpaqueType("deflater");
    private static readonly PyType InflaterType = OpaqueType("inflater");

    private static PyType OpaqueType(string name)
    {
        var t = new PyType(Types.Type, name, [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_zlib_stream");
        t.IsImmutable = true;
        return t;
    }

    private static int Int(PyObject o) => (int)Ops.Index(o).ToInt64();

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.Fn(m, "deflater", (self, args, kw) =>
        {
            ArgCheck.Count("deflater", args, 2, 2);
            int level = Int(args[0]), wbits = Int(args[1]);
            var cl = level switch
            {
                0 => CompressionLevel.NoCompression, >= 1 and <= 3 => CompressionLevel.Fastest,
                9 => CompressionLevel.SmallestSize, _ => CompressionLevel.Optimal,
            };
            var sink = new MemoryStream();
            Stream stream = wbits switch
            {
                >= 9 and <= 15 => new ZLibStream(sink, cl, leaveOpen: true),
                >= -15 and <= -9 => new DeflateStream(sink, cl, leaveOpen: true),
                >= 25 and <= 31 => new GZipStream(sink, cl, leaveOpen: true),
                _ => throw PyError.ValueError("Invalid initialization option"),
            };
            return new PyDeflater(DeflaterType, sink, stream);
        });
        ModuleKit.Fn(m, "deflate", (self, args, kw) =>
        {
            ArgCheck.Count("deflate", args, 2, 2);
            var d = (PyDeflater)args[0];
            d.Stream.Write(BinasciiModule.Data(args[1], false, "compress"));
            return new PyBytes(d.Drain());
        });
        ModuleKit.Fn(m, "deflate_flush", (self, args, kw) =>
        {
            ArgCheck.Count("deflate_flush", args, 2, 2);
            var d = (PyDeflater)args[0];
            int mode = Int(args[1]);
            if (d.Finished || mode == 0) return new PyBytes([]); // Z_NO_FLUSH, or nothing left
            if (mode == 4)
            {
                d.Stream.Dispose(); // Z_FINISH: the final block and the trailer
                d.Finished = true;
            }
            else d.Stream.Flush(); // Z_SYNC_FLUSH / Z_FULL_FLUSH: everything so far, byte-aligned
            return new PyBytes(d.Drain());
        });
        ModuleKit.Fn(m, "inflater", (self, args, kw) =>
        {
            ArgCheck.Count("inflater", args, 1, 1);
            int wbits = Int(args[0]);
            var (framing, window) = wbits switch
            {
                0 => (Inflater.Framing.Zlib, 0),
                >= 8 and <= 15 => (Inflater.Framing.Zlib, wbits),
                >= -15 and <= -8 => (Inflater.Framing.Raw, -wbits),
                >= 24 and <= 31 => (Inflater.Framing.Gzip, wbits - 16),
                >= 40 and <= 47 => (Inflater.Framing.Auto, wbits - 32),
                _ => throw PyError.ValueError("Invalid initialization option"),
            };
            return new PyInflater(InflaterType, new Inflater(framing, window));
        });
        ModuleKit.Fn(m, "inflate", (self, args, kw) =>
        {
            // (output, input left over, end of stream reached, error message or None)
            ArgCheck.Count("inflate", args, 3, 3);
            var inflater = ((PyInflater)args[0]).Inflater;
            var data = BinasciiModule.Data(args[1], false, "decompress");
            try
            {
                var output = inflater.Decompress(data, Int(args[2]), out var rest);
                return PyTuple.Of(new PyBytes(output), new PyBytes(rest), Py.Bool(inflater.Finished), Py.None);
            }
            catch (Inflater.DataError e)
            {
                return PyTuple.Of(new PyBytes([]), new PyBytes([]), Py.False, PyStr.From(e.Message));
            }
        });
        ModuleKit.Fn(m, "inflater_copy", (self, args, kw) =>
        {
            ArgCheck.Count("inflater_copy", args, 1, 1);
            return new PyInflater(InflaterType, ((PyInflater)args[0]).Inflater.Clone());
        });
    }

    /// <summary>zlib's part: compressobj, decompressobj and the flush modes.</summary>
    public const string ZlibPart = """
        import _zlib_stream

        Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = 0, 1, 2, 3, 4, 5, 6
        Z_NO_COMPRESSION = 0
        Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED, Z_DEFAULT_STRATEGY = 1, 2, 3, 4, 0
        DEF_MEM_LEVEL = 8
        DEF_BUF_SIZE = 16384


        class Compress:
            def __init__(self, level, wbits):
                if not -1 <= level <= 9:
                    raise ValueError('Invalid initialization option')
                self._deflater = _zlib_stream.deflater(level, wbits)

            def compress(self, data, /):
                if self._deflater is None:
                    raise error('Error -2 while compressing data: inconsistent stream state')
                return _zlib_stream.deflate(self._deflater, data)

            def flush(self, mode=Z_FINISH, /):
                if self._deflater is None:
                    raise error('Error -2 while flushing: inconsistent stream state')
                out = _zlib_stream.deflate_flush(self._deflater, mode)
                if mode == Z_FINISH:
                    self._deflater = None
                return out


        class Decompress:
            def __init__(self, wbits):
                self._inflater = _zlib_stream.inflater(wbits)
                self.unused_data = b''
                self.unconsumed_tail = b''
                self.eof = False

            def decompress(self, data, /, max_length=0):
                if max_length < 0:
                    raise ValueError('max_length must be non-negative')
                if self.eof:
                    self.unused_data += bytes(data)
                    return b''
                out, rest, eof, problem = _zlib_stream.inflate(self._inflater, data, max_length)
                if problem is not None:
                    code = 2 if problem == 'need dictionary' else -3
                    raise error(f'Error {code} while decompressing data' + ('' if code == 2 else f': {problem}'))
                self.eof = eof
                if eof:
                    self.unused_data += rest
                    self.unconsumed_tail = b''
                else:
                    self.unconsumed_tail = rest
                return out

            def flush(self, length=DEF_BUF_SIZE, /):
                if length <= 0:
                    raise ValueError('length must be greater than zero')
                if self.eof or not self.unconsumed_tail:
                    return b''
                return self.decompress(self.unconsumed_tail)

            def copy(self):
                clone = object.__new__(Decompress)
                clone._inflater = _zlib_stream.inflater_copy(self._inflater)
                clone.unused_data, clone.unconsumed_tail, clone.eof = self.unused_data, self.unconsumed_tail, self.eof
                return clone


        def compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0):
            if method != 8:
                raise ValueError('Invalid initialization option')
            return Compress(level, wbits)


        def decompressobj(wbits=15):
            return Decompress(wbits)
        """;
}
