using System.Text.Json;
using GilGrid.Interp.Syntax;
using Xunit;
using Xunit.Abstractions;
using Assert = Xunit.Assert;

namespace GilGrid.Tests.Syntax;

/// <summary>
/// Seeded random edits of the corpus snippets, with what CPython 3.13's ast.parse said about each
/// (syntax_mutations.expected.txt, written by gen_expected.py). Accepting exactly what CPython
/// accepts is required; CPython's error recovery pass explores alternatives we do not, so the
/// message and position must agree on nearly, not quite, every rejected edit.
/// </summary>
public class SyntaxMutationTests(ITestOutputHelper output)
{
    private sealed record Case(string Src, JsonElement Err);

    private static List<Case> Cases()
    {
        var list = new List<Case>();
        foreach (var line in File.ReadLines(CorpusPath()))
        {
            using var doc = JsonDocument.Parse(line);
            list.Add(new Case(doc.RootElement.GetProperty("src").GetString()!, doc.RootElement.GetProperty("err").Clone()));
        }
        return list;
    }

    private static string CorpusPath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "syntax_mutations.expected.txt");

    [Fact]
    public void AcceptsExactlyWhatCPythonAccepts()
    {
        var wrong = new List<string>();
        foreach (var c in Cases())
        {
            bool weAccept;
            try { PythonParser.ParseModule(c.Src, "<m>"); weAccept = true; }
            catch (SyntaxErrorException) { weAccept = false; }
            if (weAccept != (c.Err.ValueKind == JsonValueKind.Null))
                wrong.Add($"{(weAccept ? "accepted" : "rejected")}: {JsonSerializer.Serialize(c.Src)}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void ErrorsMatchCPythonAlmostAlways()
    {
        int errors = 0, same = 0;
        foreach (var c in Cases())
        {
            if (c.Err.ValueKind == JsonValueKind.Null) continue;
            errors++;
            string expected = $"{c.Err[0]}: {c.Err[1]} @{c.Err[2]},{c.Err[3]}-{c.Err[4]},{c.Err[5]}";
            string actual;
            try { PythonParser.ParseModule(c.Src, "<m>"); actual = "accepted"; }
            catch (SyntaxErrorException e) { actual = $"{e.Kind}: {e.PyMessage} @{e.Line},{e.Offset}-{e.EndLine},{e.EndOffset}"; }
            if (actual == expected) same++;
            else output.WriteLine($"{JsonSerializer.Serialize(c.Src)}\n  CPython: {expected}\n  ours:    {actual}");
        }
        output.WriteLine($"{same}/{errors} identical");
        Assert.True(errors > 1000);
        Assert.True(same >= errors * 97 / 100, $"only {same} of {errors} errors match CPython");
    }
}
