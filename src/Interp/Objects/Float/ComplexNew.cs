using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>complex(real, imag) and complex(string) with CPython's parsing and argument errors.</summary>
public static partial class ComplexMethods
{
    private static PyError Malformed() => PyError.ValueError("complex() arg is a malformed string");

    private static double Part(string s)
    {
        if (s.Length == 0 || s.Any(char.IsWhiteSpace)) throw Malformed();
        try { return FloatMethods.Parse(s, PyStr.Empty); }
        catch (PyError) { throw Malformed(); }
    }

    public static (double re, double im) ParseComplex(string text)
    {
        string s = text.Trim();
        if (s.StartsWith('(')) s = s.EndsWith(')') ? s[1..^1].Trim() : throw Malformed();
        if (s.Length == 0) throw Malformed();
        if (s[^1] is not ('j' or 'J')) return (Part(s), 0);
        string body = s[..^1];
        // The sign that starts the imaginary part: not at index 0 and not an exponent's sign.
        int k = -1;
        for (int i = body.Length - 1; i > 0; i--)
            if (body[i] is '+' or '-' && body[i - 1] is not ('e' or 'E')) { k = i; break; }
        string re = k < 0 ? "" : body[..k], im = k < 0 ? body : body[k..];
        double imv = im is "" or "+" ? 1 : im == "-" ? -1 : Part(im);
        return (re.Length == 0 ? 0 : Part(re), imv);
    }

    /// <summary>A complex operand: complex, __complex__, or a real number; null if none of those.</summary>
    private static (double re, double im)? AsComplex(PyObject o)
    {
        if (o is PyComplex c) return (c.Real, c.Imag);
        if (o.Type.Lookup("__complex__") is { } f)
        {
            var r = Ops.CallDescriptor(f, o, []);
            if (r is not PyComplex rc) throw PyError.TypeError($"__complex__ returned non-complex (type {r.Type.Name})");
            return (rc.Real, rc.Imag);
        }
        if (o is PyFloat or PyInt || o.Type.Lookup("__float__") != null || o.Type.Lookup("__index__") != null)
            return (FloatMethods.ToDouble(o), 0);
        return null;
    }

    private static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ArgCheck.Bind("complex", args, kw, ["real", "imag"], 0);
        double re = 0, im = 0;
        if (a[0] is PyStr s)
        {
            if (a[1] != null) throw PyError.TypeError("complex() can't take second arg if first is a string");
            (re, im) = ParseComplex(s.Value);
        }
        else
        {
            if (a[1] is PyStr) throw PyError.TypeError("complex() second arg can't be a string");
            // As CPython: real part from the first argument minus the second's imaginary part; imaginary
            // part is the second's real part, plus the first's imaginary part only when it is complex.
            double firstIm = 0;
            if (a[0] != null)
            {
                var first = AsComplex(a[0]!)
                    ?? throw PyError.TypeError($"complex() first argument must be a string or a number, not '{a[0]!.Type.Name}'");
                if (a[1] == null && a[0]!.Type == Types.Complex && cls == Types.Complex) return a[0]!;
                (re, firstIm) = first;
                im = firstIm;
            }
            if (a[1] != null)
            {
                var second = AsComplex(a[1]!)
                    ?? throw PyError.TypeError($"complex() second argument must be a number, not '{a[1]!.Type.Name}'");
                if (a[1] is PyComplex || a[1]!.Type.Lookup("__complex__") != null) re -= second.im;
                im = a[0] is PyComplex || a[0]?.Type.Lookup("__complex__") != null ? second.re + firstIm : second.re;
            }
        }
        return cls == Types.Complex ? new PyComplex(re, im) : new PyComplex(re, im) { Type = cls };
    }
}

/// <summary>format(complex, spec): each part formatted as a float, then the whole padded.</summary>
public static partial class ComplexMethods
{
    public static PyObject Format(PyComplex c, string spec)
    {
        if (spec.Length == 0) return Ops.Str(c);
        var sp = Builtins.Formatting.Parse(spec, "complex");
        if (sp.Zero) throw PyError.ValueError("Zero padding is not allowed in complex format specifier");
        if (sp.Align == '=') throw PyError.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (sp.Type != 0 && "eEfFgGn".IndexOf(sp.Type) < 0)
            throw PyError.ValueError($"Unknown format code '{sp.Type}' for object of type 'complex'");
        string inner = (sp.Alt ? "#" : "") + (sp.Grouping != 0 ? sp.Grouping.ToString() : "")
            + (sp.Precision >= 0 ? "." + sp.Precision : "") + (sp.Type != 0 ? sp.Type.ToString() : sp.Precision >= 0 ? "g" : "");
        string body;
        if (sp.Type == 0 && sp.Precision < 0)
        {
            body = Ops.StrString(c);
            if (sp.Sign is '+' or ' ' && !body.StartsWith('-') && !body.StartsWith("(-")) body = body.StartsWith('(') ? "(" + sp.Sign + body[1..] : sp.Sign + body;
        }
        else
        {
            string sign = sp.Sign != 0 ? sp.Sign.ToString() : "";
            string re = ((PyStr)Builtins.Formatting.FormatFloat(c.Real, sign + inner)).Value;
            string im = ((PyStr)Builtins.Formatting.FormatFloat(c.Imag, "+" + inner)).Value;
            bool showReal = sp.Type != 0 || c.Real != 0 || double.IsNegative(c.Real);
            body = showReal ? re + im + "j" : ((PyStr)Builtins.Formatting.FormatFloat(c.Imag, sign + inner)).Value + "j";
            if (sp.Type == 0 && showReal) body = "(" + body + ")";
        }
        if (sp.Width <= body.Length) return PyStr.From(body);
        int pad = sp.Width - body.Length;
        string fill = sp.Fill;
        return PyStr.From((sp.Align == 0 ? '>' : sp.Align) switch
        {
            '<' => body + StrMethods.Repeat(fill, pad),
            '^' => StrMethods.Repeat(fill, pad / 2) + body + StrMethods.Repeat(fill, pad - pad / 2),
            _ => StrMethods.Repeat(fill, pad) + body,
        });
    }
}
