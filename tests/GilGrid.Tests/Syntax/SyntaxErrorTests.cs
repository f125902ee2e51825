using GilGrid.Interp.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace GilGrid.Tests.Syntax;

/// <summary>Each snippet of syntax_errors.txt must fail with CPython 3.13's exact printed error.</summary>
public class SyntaxErrorTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (h, _) in CorpusFile.Read("syntax_errors.txt")) data.Add(h);
        return data;
    }

    private static readonly Lazy<Dictionary<string, string>> Sources =
        new(() => CorpusFile.ReadExpected("syntax_errors.txt"));
    private static readonly Lazy<Dictionary<string, string>> Expected =
        new(() => CorpusFile.ReadExpected("syntax_errors.expected.txt"));

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesCPython(string header)
    {
        var words = header.Split(' ');
        var mode = words.Contains("eval") ? ParseMode.Eval : words.Contains("single") ? ParseMode.Single : ParseMode.Exec;
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.Parse(Sources.Value[header], "/tmp/s.py", mode));
        Assert.Equal(Expected.Value[header], SyntaxErrorFormat.Format(e));
    }
}
