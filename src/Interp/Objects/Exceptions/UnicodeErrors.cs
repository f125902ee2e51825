using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// UnicodeEncodeError / UnicodeDecodeError: args are (encoding, object, start, end, reason) and
/// the attributes read them; str() names the offending character or byte as CPython does.
/// </summary>
public static class UnicodeErrors
{
    public static PyError Encode(string encoding, string obj, int start, int end, string reason) =>
        new(new PyBaseException(Types.UnicodeEncodeError,
            PyTuple.Of(PyStr.From(encoding), PyStr.From(obj), PyInt.From(start), PyInt.From(end), PyStr.From(reason))));

    public static PyError Decode(string encoding, byte[] obj, int start, int end, string reason) =>
        new(new PyBaseException(Types.UnicodeDecodeError,
            PyTuple.Of(PyStr.From(encoding), new PyBytes(obj), PyInt.From(start), PyInt.From(end), PyStr.From(reason))));

    private static PyObject Arg(PyObject self, int i)
    {
        var a = ((PyBaseException)self).Args.Items;
        return i < a.Length ? a[i] : Py.None;
    }

    public static void Register()
    {
        string[] names = ["encoding", "object", "start", "end", "reason"];
        foreach (var t in new[] { Types.UnicodeEncodeError, Types.UnicodeDecodeError })
        {
            for (int i = 0; i < names.Length; i++)
            {
                int k = i;
                t.GetSet(names[k], self => ((PyBaseException)self).GetAttrDict(names[k]) ?? Arg(self, k),
                    (self, v) => ((PyBaseException)self).SetAttrDict(names[k], v ?? Py.None));
            }
            bool encode = t == Types.UnicodeEncodeError;
            t.Method0("__str__", self =>
            {
                var e = (PyBaseException)self;
                if (e.Args.Items.Length != 5) return Ops.CallDescriptor(Types.BaseException.Attrs["__str__"], self, []);
                PyObject Attr(int i) => e.GetAttrDict(names[i]) ?? Arg(self, i);
                string enc = Ops.StrString(Attr(0)), reason = Ops.StrString(Attr(4));
                long start = Ops.Index(Attr(2)).V, end = Ops.Index(Attr(3)).V;
                var obj = Attr(1);
                if (end == start + 1)
                {
                    if (encode && obj is PyStr s && start >= 0 && start < s.Length)
                    {
                        int c = CodePoints.At(s.Value, s.ToUnit((int)start));
                        string shown = c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
                        return PyStr.From($"'{enc}' codec can't encode character '{shown}' in position {start}: {reason}");
                    }
                    if (!encode && obj is PyBytes b && start < b.Length)
                        return PyStr.From($"'{enc}' codec can't decode byte 0x{b.Span[(int)start]:x2} in position {start}: {reason}");
                }
                return PyStr.From($"'{enc}' codec can't {(encode ? "encode characters" : "decode bytes")} in position {start}-{end - 1}: {reason}");
            });
        }
    }
}
