using System.Runtime.CompilerServices;

namespace GilGrid.Tests.Syntax;

/// <summary>Reads the checked-in corpus files ("#### name [mode]" entries) beside this source file.</summary>
internal static class CorpusFile
{
    private static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static List<(string Header, string Text)> Read(string fileName)
    {
        var result = new List<(string, string)>();
        string? header = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in File.ReadAllText(Path.Combine(Dir(), fileName)).Split('\n'))
        {
            if (line.StartsWith("#### ", StringComparison.Ordinal))
            {
                if (header != null) result.Add((header, text.ToString()));
                header = line[5..].Trim();
                text.Clear();
            }
            else if (header != null) text.Append(line).Append('\n');
        }
        if (header != null) result.Add((header, text.ToString()));
        // Split('\n') yields one extra empty line after the final newline of the file.
        if (result.Count > 0 && result[^1].Item2.EndsWith("\n\n", StringComparison.Ordinal))
            result[^1] = (result[^1].Item1, result[^1].Item2[..^1]);
        return result;
    }

    public static Dictionary<string, string> ReadExpected(string fileName)
    {
        var d = new Dictionary<string, string>();
        foreach (var (h, t) in Read(fileName)) d[h] = t;
        return d;
    }
}
