namespace GilGrid.Interp.Syntax;

/// <summary>
/// Source with line endings normalised to '\n' (as CPython's tokenizer does), its line starts, and
/// the factory for SyntaxErrors that carry the offending line.
/// </summary>
internal sealed class SourceText
{
    public string Text { get; }
    public string FileName { get; }
    public bool AddsFinalNewline { get; }
    private readonly List<int> lineStarts = [0];

    /// <param name="addsFinalNewline">Whether the tokenizer ends the input with an implicit newline
    /// (file and interactive input; eval input does not), which CPython's SyntaxError.text then shows.</param>
    public SourceText(string source, string fileName, bool addsFinalNewline = true)
    {
        AddsFinalNewline = addsFinalNewline;
        // compile()'s check (no position: CPython's lineno is None, ours 0).
        if (source.Contains('\0'))
            throw new SyntaxErrorException("source code string cannot contain null bytes", fileName, 0, 0, 0, 0, null);
        if (source.Length > 0 && source[0] == '\uFEFF') source = source[1..];
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        Text = source;
        FileName = fileName;
        for (int i = 0; i < source.Length; i++)
            if (source[i] == '\n') lineStarts.Add(i + 1);
    }

    /// <summary>The number of the last line that has text (a final newline does not start one).</summary>
    public int LastLine => Math.Max(1, Text.EndsWith('\n') ? lineStarts.Count - 1 : lineStarts.Count);

    /// <summary>The text of a 1-based line, with its newline as CPython's SyntaxError.text has it.</summary>
    public string? LineText(int line)
    {
        if (line < 1 || line > lineStarts.Count) return null;
        int start = lineStarts[line - 1];
        int end = line < lineStarts.Count ? lineStarts[line] : Text.Length;
        if (start >= Text.Length && line > 1) return null;
        string s = Text[start..end];
        return s.EndsWith('\n') || !AddsFinalNewline ? s : s + "\n";
    }

    public int LineStart(int line) => lineStarts[line - 1];

    /// <summary>An error at 0-based columns (converted to CPython's 1-based offsets).</summary>
    public SyntaxErrorException Error(string message, int line, int col, int endLine, int endCol,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
        => new(message, FileName, line, col + 1, endLine, endCol + 1, LineText(line), kind);

    /// <summary>An error with CPython's raw offsets given directly (for the odd cases).</summary>
    public SyntaxErrorException ErrorRaw(string message, int line, int offset, int endLine, int endOffset,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
        => new(message, FileName, line, offset, endLine, endOffset, LineText(line), kind);
}
