using GilGrid.Interp.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace GilGrid.Tests.Syntax;

/// <summary>Our AST, dumped as `ast.dump`, against CPython 3.13's for every snippet of ast_corpus.txt.</summary>
public class ParserCorpusTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (h, _) in CorpusFile.Read("ast_corpus.txt")) data.Add(h);
        return data;
    }

    private static readonly Lazy<Dictionary<string, string>> Sources =
        new(() => CorpusFile.ReadExpected("ast_corpus.txt"));
    private static readonly Lazy<Dictionary<string, string>> Expected =
        new(() => CorpusFile.ReadExpected("ast_corpus.expected.txt"));

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesCPython(string header)
    {
        string src = Sources.Value[header];
        var words = header.Split(' ');
        var mode = words.Contains("eval") ? ParseMode.Eval : words.Contains("single") ? ParseMode.Single : ParseMode.Exec;
        var tree = PythonParser.Parse(src, "<test>", mode);
        string actual = AstDump.Dump(tree, includeAttributes: words.Contains("pos"));
        Assert.Equal(Expected.Value[header].TrimEnd('\n'), actual);
    }
}
