using System.Text;

namespace GilGrid.Interp.Syntax;

/// <summary>
/// The text CPython 3.13 prints for an uncaught SyntaxError (traceback's _format_syntax_error,
/// without colour): the File line, the source line stripped of leading blanks, the carets, and
/// `SyntaxError: message`.
/// </summary>
public static class SyntaxErrorFormat
{
    public static string Format(SyntaxErrorException e) =>
        Format(e.Kind.ToString(), e.PyMessage, e.FileName, e.Line, e.Offset, e.EndLine, e.EndOffset, e.Text);

    /// <summary>The same for a SyntaxError object's fields (lineno/offset null when &lt;= 0 is not meant).</summary>
    public static string Format(string typeName, string? message, string? fileName, int? line, int? offset,
        int? endLine, int? endOffset, string? text)
    {
        var sb = new StringBuilder();
        string suffix = "";
        if (line != null) sb.Append($"  File \"{(string.IsNullOrEmpty(fileName) ? "<string>" : fileName)}\", line {line}\n");
        else if (fileName != null) suffix = $" ({fileName})";
        if (text != null)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            if (offset == null) sb.Append("    ").Append(ltext).Append('\n');
            else
            {
                int off = offset.Value;
                int end = line == endLine ? (endOffset is null or 0 ? off : endOffset.Value) : rtext.Length + 1;
                if (text.Length > 0 && off > text.Length) off = rtext.Length + 1;
                if (text.Length > 0 && end > text.Length) end = rtext.Length + 1;
                if (off >= end || end < 0) end = off + 1;
                int colno = off - 1 - spaces, endColno = end - 1 - spaces;
                sb.Append("    ").Append(ltext).Append('\n');   // printed with or without carets
                if (colno >= 0)
                {
                    sb.Append("    ");
                    for (int i = 0; i < Math.Min(colno, ltext.Length); i++)
                        sb.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    sb.Append('^', Math.Max(0, endColno - colno)).Append('\n');
                }
            }
        }
        sb.Append(typeName).Append(": ").Append(string.IsNullOrEmpty(message) ? "<no detail available>" : message)
            .Append(suffix).Append('\n');
        return sb.ToString();
    }
}
