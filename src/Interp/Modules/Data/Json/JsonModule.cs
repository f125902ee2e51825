using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Json;

/// <summary>
/// `json`: the encoder and scanner are native (JsonEncoder, JsonScanner); the public classes and
/// functions are a small Python layer so that JSONEncoder/JSONDecoder subclass and take keywords
/// exactly as CPython's do.
/// </summary>
internal static class JsonModule
{
    public static readonly NativeModuleDef Def = new("json", Exec);
    /// <summary>json.decoder / json.encoder / json.scanner re-export the package's classes.</summary>
    public static readonly NativeModuleDef[] SubModules =
    [
        SubModule("json.decoder", "JSONDecoder", "JSONDecodeError"),
        SubModule("json.encoder", "JSONEncoder"),
    ];

    private static NativeModuleDef SubModule(string name, params string[] names) => new(name, (interp, m) =>
    {
        var pkg = interp.Importer.ImportName("json", new PyDict(), Py.None, 0);
        foreach (var n in names) m.Globals.Set(n, Ops.GetAttr(pkg, n));
    });

    private static void Exec(Interpreter interp, PyModule m)
    {
        m.Globals.Set("__path__", new PyList());
        ModuleKit.Fn(m, "_encode", Encode);
        ModuleKit.Fn(m, "_encode_str", (self, args, kw) =>
        {
            var sb = new System.Text.StringBuilder();
            JsonEncoder.Str(sb, ModuleKit.Str(args[0], "first argument"), Ops.IsTrue(args[1]));
            return PyStr.From(sb.ToString());
        });
        ModuleKit.Fn(m, "_decode", Decode);
        ModuleKit.Fn(m, "_bytes_text", (self, args, kw) => PyStr.From(BytesText(((PyBytes)args[0]).Span)));
        ModuleKit.Fn(m, "_line_col", ModuleKit.LineCol);
        ModuleKit.RunPython(interp, m, PythonPart);
    }

    // _encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep, default)
    private static PyObject Encode(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var enc = new JsonEncoder
        {
            SkipKeys = Ops.IsTrue(a[1]),
            EnsureAscii = Ops.IsTrue(a[2]),
            CheckCircular = Ops.IsTrue(a[3]),
            AllowNan = Ops.IsTrue(a[4]),
            SortKeys = Ops.IsTrue(a[5]),
            Indent = a[6] == Py.None ? null : ModuleKit.Str(a[6], "indent"),
            ItemSeparator = ModuleKit.Str(a[7], "item_separator"),
            KeySeparator = ModuleKit.Str(a[8], "key_separator"),
            Default = ModuleKit.Opt(a[9]),
        };
        return PyStr.From(enc.Encode(a[0]));
    }

    // _decode(decoder, s, idx, whole): the value (whole document) or (value, end) for raw_decode.
    private static PyObject Decode(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var decoder = a[0];
        string s = ModuleKit.Str(a[1], "first argument");
        int idx = (int)Ops.IndexClamped(a[2]);
        bool whole = Ops.IsTrue(a[3]);
        // Python positions count code points; the scanner walks UTF-16 units.
        var cps = a[1] as PyStr is { IsSimple: false } ps ? ps : null;
        if (cps != null && idx > 0) idx = idx >= cps.Length ? s.Length + idx - cps.Length : cps.ToUnit(idx);
        var scanner = new JsonScanner(s)
        {
            Strict = Ops.IsTrue(Ops.GetAttr(decoder, "strict")),
            ObjectHook = ModuleKit.Opt(Ops.GetAttr(decoder, "object_hook")),
            ObjectPairsHook = ModuleKit.Opt(Ops.GetAttr(decoder, "object_pairs_hook")),
            ParseFloat = Custom(Ops.GetAttr(decoder, "parse_float"), Types.Float),
            ParseInt = Custom(Ops.GetAttr(decoder, "parse_int"), Types.Int),
            ParseConstant = ModuleKit.Opt(Ops.GetAttr(decoder, "parse_constant")),
        };
        try
        {
            if (!whole)
            {
                if (idx < 0) throw PyError.ValueError("idx cannot be negative");
                var v = scanner.Value(idx, out int e);
                return PyTuple.Of(v, PyInt.From(cps?.ToCodePoint(e) ?? e));
            }
            var value = scanner.Value(scanner.SkipWs(idx), out int end);
            end = scanner.SkipWs(end);
            if (end != s.Length) throw new JsonSyntaxError("Extra data", end);
            return value;
        }
        catch (JsonSyntaxError e)
        {
            var cls = ((PyModule)self).Globals.Get("JSONDecodeError")!;
            int pos = cps != null && e.Pos <= s.Length ? cps.ToCodePoint(e.Pos) : e.Pos;
            throw new PyError((PyBaseException)Ops.Call(cls, PyStr.From(e.Message), a[1], PyInt.From(pos)));
        }
    }

    /// <summary>json.detect_encoding's rules: a BOM or the pattern of zero bytes picks UTF-8/16/32.</summary>
    private static string BytesText(ReadOnlySpan<byte> b)
    {
        System.Text.Encoding enc;
        int skip = 0;
        if (b.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) { enc = System.Text.Encoding.UTF8; skip = 3; }
        else if (b.StartsWith((byte[])[0xFF, 0xFE, 0, 0]) ) { enc = new System.Text.UTF32Encoding(false, false); skip = 4; }
        else if (b.StartsWith((byte[])[0, 0, 0xFE, 0xFF])) { enc = new System.Text.UTF32Encoding(true, false); skip = 4; }
        else if (b.StartsWith((byte[])[0xFF, 0xFE])) { enc = System.Text.Encoding.Unicode; skip = 2; }
        else if (b.StartsWith((byte[])[0xFE, 0xFF])) { enc = System.Text.Encoding.BigEndianUnicode; skip = 2; }
        else if (b.Length >= 4 && b[0] == 0 && b[1] == 0) enc = new System.Text.UTF32Encoding(true, false);
        else if (b.Length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) enc = new System.Text.UTF32Encoding(false, false);
        else if (b.Length >= 2 && b[0] == 0) enc = System.Text.Encoding.BigEndianUnicode;
        else if (b.Length >= 2 && b[1] == 0) enc = System.Text.Encoding.Unicode;
        else enc = System.Text.Encoding.UTF8;
        return enc.GetString(b[skip..]);
    }

    /// <summary>The default float/int parsers are done natively; anything else is called.</summary>
    private static PyObject? Custom(PyObject hook, PyType builtin) => hook == builtin || hook == Py.None ? null : hook;

    private const string PythonPart = """
        class JSONDecodeError(ValueError):
            __module__ = 'json.decoder'

            def __init__(self, msg, doc, pos):
                lineno, colno, _ = _line_col(doc, pos)
                ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
                self.msg = msg
                self.doc = doc
                self.pos = pos
                self.lineno = lineno
                self.colno = colno

            def __reduce__(self):
                return self.__class__, (self.msg, self.doc, self.pos)


        _CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


        class JSONDecoder:
            __module__ = 'json.decoder'

            def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                         parse_constant=None, strict=True, object_pairs_hook=None):
                self.object_hook = object_hook
                self.parse_float = parse_float or float
                self.parse_int = parse_int or int
                self.parse_constant = parse_constant or _CONSTANTS.__getitem__
                self.strict = strict
                self.object_pairs_hook = object_pairs_hook

            def decode(self, s):
                return _decode(self, s, 0, True)

            def raw_decode(self, s, idx=0):
                return _decode(self, s, idx, False)


        class JSONEncoder:
            __module__ = 'json.encoder'
            item_separator = ', '
            key_separator = ': '

            def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                         allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
                self.skipkeys = skipkeys
                self.ensure_ascii = ensure_ascii
                self.check_circular = check_circular
                self.allow_nan = allow_nan
                self.sort_keys = sort_keys
                self.indent = indent
                if separators is not None:
                    self.item_separator, self.key_separator = separators
                elif indent is not None:
                    self.item_separator = ','
                if default is not None:
                    self.default = default

            def default(self, o):
                raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

            def encode(self, o):
                indent = self.indent
                if indent is not None and not isinstance(indent, str):
                    indent = ' ' * indent
                return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                               self.sort_keys, indent, self.item_separator, self.key_separator, self.default)

            def iterencode(self, o, _one_shot=False):
                return iter([self.encode(o)])


        _default_encoder = JSONEncoder()
        _default_decoder = JSONDecoder()


        def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                  cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
            if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
                    and indent is None and separators is None and default is None and not sort_keys and not kw):
                return _default_encoder.encode(obj)
            if cls is None:
                cls = JSONEncoder
            return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                       allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).encode(obj)


        def dump(obj, fp, **kw):
            fp.write(dumps(obj, **kw))


        def _text_of(s):
            if isinstance(s, str):
                if s.startswith('\ufeff'):
                    raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
                return s
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
            return _bytes_text(s)


        def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
                  parse_constant=None, object_pairs_hook=None, **kw):
            s = _text_of(s)
            if (cls is None and object_hook is None and parse_int is None and parse_float is None
                    and parse_constant is None and object_pairs_hook is None and not kw):
                return _default_decoder.decode(s)
            if cls is None:
                cls = JSONDecoder
            if object_hook is not None:
                kw['object_hook'] = object_hook
            if object_pairs_hook is not None:
                kw['object_pairs_hook'] = object_pairs_hook
            if parse_float is not None:
                kw['parse_float'] = parse_float
            if parse_int is not None:
                kw['parse_int'] = parse_int
            if parse_constant is not None:
                kw['parse_constant'] = parse_constant
            return cls(**kw).decode(s)


        def load(fp, **kw):
            return loads(fp.read(), **kw)


        __all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
        """;
}
