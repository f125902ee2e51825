namespace GilGrid.Interp.Syntax.Unicode;

/// <summary>Unicode character names for `\N{...}` escapes.</summary>
internal static class UnicodeNames
{
    /// <summary>The code point named `name` (case-insensitive, as CPython), or -1.</summary>
    public static int Lookup(string name) => -1;
}
