namespace GilGrid.Interp.Builtins;

/// <summary>
/// Docstrings of the builtins module's functions (`len.__doc__`), as CPython 3.13 has them: help()
/// and introspecting plugins read them. The text is read once per process from builtin_docs.txt
/// (entries "name\n doc", separated by form feeds), written from CPython's own `__doc__` values.
/// </summary>
internal static class BuiltinDocs
{
    private static readonly Lazy<Dictionary<string, string>> Docs = new(Load);

    public static string? Of(string name) => Docs.Value.GetValueOrDefault(name);

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(BuiltinDocs).Assembly.GetManifestResourceStream("builtin_docs.txt")
            ?? throw new InvalidOperationException("builtin_docs.txt resource is missing");
        using var reader = new StreamReader(stream);
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in reader.ReadToEnd().Split("\f\n"))
        {
            int newline = entry.IndexOf('\n');
            if (newline > 0) docs[entry[..newline]] = entry[(newline + 1)..].TrimEnd('\n');
        }
        return docs;
    }
}
