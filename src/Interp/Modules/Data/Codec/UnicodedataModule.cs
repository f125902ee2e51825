using System.Globalization;
using System.IO.Compression;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>
/// `unicodedata` basics: lookup/name (over the parser's name table), category, numeric values and
/// normalization from .NET's Unicode data (which may trail CPython's Unicode version slightly).
/// </summary>
internal static class UnicodedataModule
{
    public static readonly NativeModuleDef Def = new("unicodedata", Exec);

    /// <summary>The single character argument as a code point (a surrogate pair counts as one).</summary>
    private static int Char(PyObject o, string fname)
    {
        if (o is not PyStr s) throw PyError.TypeError($"{fname}() argument must be a unicode character, not {o.Type.Name}");
        if (s.Value.Length == 1) return s.Value[0];
        if (s.Value.Length == 2 && char.IsSurrogatePair(s.Value[0], s.Value[1])) return char.ConvertToUtf32(s.Value[0], s.Value[1]);
        throw PyError.TypeError($"{fname}() argument must be a unicode character, not str");
    }

    private static readonly string[] Categories =
    [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
        "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn",
    ];

    private static void Exec(Interpreter interp, PyModule m)
    {
        m.Globals.Set("unidata_version", PyStr.From("15.1.0"));
        ModuleKit.Fn(m, "lookup", (s, a, k) =>
        {
            ArgCheck.Count("lookup", a, 1, 1);
            string name = ModuleKit.Str(a[0], "lookup() argument");
            int cp = GilGrid.Interp.Syntax.Unicode.UnicodeNames.Lookup(name);
            if (cp < 0) throw PyError.KeyError(PyStr.From($"undefined character name '{name}'"));
            return PyStr.From(char.ConvertFromUtf32(cp));
        });
        ModuleKit.Fn(m, "name", (s, a, k) =>
        {
            ArgCheck.Count("name", a, 1, 2);
            string? n = GilGrid.Interp.Syntax.Unicode.UnicodeNames.NameOf(Char(a[0], "name"));
            if (n != null) return PyStr.From(n);
            if (a.Length > 1) return a[1];
            throw PyError.ValueError("no such name");
        });
        ModuleKit.Fn(m, "category", (s, a, k) =>
        {
            ArgCheck.Count("category", a, 1, 1);
            return PyStr.From(Categories[(int)CharUnicodeInfo.GetUnicodeCategory(Char(a[0], "category"))]);
        });
        NativeFn Numeric(string fname, Func<int, double> get, string error, bool asInt) => (s, a, k) =>
        {
            ArgCheck.Count(fname, a, 1, 2);
            double v = get(Char(a[0], fname));
            if (v >= 0 || (!asInt && v != -1)) return asInt ? PyInt.From((long)v) : new PyFloat(v);
            if (a.Length > 1) return a[1];
            throw PyError.ValueError(error);
        };
        ModuleKit.Fn(m, "numeric", Numeric("numeric", cp => CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(cp), 0), "not a numeric character", false));
        ModuleKit.Fn(m, "decimal", Numeric("decimal", cp => CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0), "not a decimal", true));
        ModuleKit.Fn(m, "digit", Numeric("digit", cp => CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(cp), 0), "not a digit", true));
        ModuleKit.Fn(m, "mirrored", (s, a, k) => PyInt.From("()<>[]{}«»".Contains((char)Char(a[0], "mirrored")) ? 1 : 0));
        ModuleKit.Fn(m, "combining", (s, a, k) =>
        {
            // .NET exposes no canonical combining classes; nonspacing marks report 230 (above), the most common class.
            var cat = CharUnicodeInfo.GetUnicodeCategory(Char(a[0], "combining"));
            return PyInt.From(cat == UnicodeCategory.NonSpacingMark ? 230 : 0);
        });
        NormalizationForm Form(PyObject f) => ModuleKit.Str(f, "normalize() argument 1") switch
        {
            "NFC" => NormalizationForm.FormC, "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC, "NFKD" => NormalizationForm.FormKD,
            _ => throw PyError.ValueError("invalid normalization form"),
        };
        ModuleKit.Fn(m, "normalize", (s, a, k) =>
        {
            ArgCheck.Count("normalize", a, 2, 2);
            var form = Form(a[0]);
            return PyStr.From(ModuleKit.Str(a[1], "normalize() argument 2").Normalize(form));
        });
        ModuleKit.Fn(m, "is_normalized", (s, a, k) =>
        {
            ArgCheck.Count("is_normalized", a, 2, 2);
            var form = Form(a[0]);
            return Py.Bool(ModuleKit.Str(a[1], "is_normalized() argument 2").IsNormalized(form));
        });
    }
}
