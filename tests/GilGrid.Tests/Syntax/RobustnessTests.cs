using GilGrid.Interp.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace GilGrid.Tests.Syntax;

/// <summary>
/// Whatever the input, the front end either returns a tree or throws SyntaxErrorException: broken
/// variants of every corpus snippet (seeded, so failures reproduce) must never throw anything else.
/// </summary>
public class RobustnessTests
{
    private const string Interesting = "()[]{}:;'\"\\\n\t #f{}=*@.,!rb0123456789_xjeE+-<>\u00e9\u20ac\f";

    public static TheoryData<string> Corpora() => ["ast_corpus.txt", "syntax_errors.txt"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void MutatedSnippetsOnlyRaiseSyntaxError(string corpus)
    {
        var rng = new Random(1234);
        int runs = 0;
        foreach (var (_, src) in CorpusFile.Read(corpus))
        {
            for (int k = 0; k < 12; k++)
            {
                string m = Mutate(src, rng);
                foreach (var mode in new[] { ParseMode.Exec, ParseMode.Eval, ParseMode.Single })
                {
                    try { PythonParser.Parse(m, "<fuzz>", mode); }
                    catch (SyntaxErrorException e)
                    {
                        // The formatter must cope with every position the parser produces.
                        Assert.False(string.IsNullOrEmpty(SyntaxErrorFormat.Format(e)));
                    }
                    catch (Exception e)
                    {
                        Assert.Fail($"{e.GetType().Name}: {e.Message}\nmode {mode}, source:\n{m}\n{e.StackTrace}");
                    }
                    runs++;
                }
            }
        }
        Assert.True(runs > 1000);
    }

    [Fact]
    public void NullBytesAreRejectedAsCompileDoes()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule("x = 1\0\n", "<s>"));
        Assert.Equal("source code string cannot contain null bytes", e.PyMessage);
        Assert.Equal(0, e.Line);
    }

    private static string Mutate(string s, Random rng)
    {
        int n = rng.Next(1, 4);
        for (int i = 0; i < n; i++)
        {
            int at = s.Length == 0 ? 0 : rng.Next(s.Length + 1);
            switch (rng.Next(5))
            {
                case 0 when s.Length > 0 && at < s.Length: s = s.Remove(at, 1); break;
                case 1: s = s.Insert(at, Interesting[rng.Next(Interesting.Length)].ToString()); break;
                case 2: s = s[..at]; break;
                case 3 when s.Length > 0:
                    int from = rng.Next(s.Length), len = rng.Next(1, Math.Min(20, s.Length - from) + 1);
                    s = s.Insert(at, s.Substring(from, len));
                    break;
                default: s = s.Insert(at, new string(Interesting[rng.Next(Interesting.Length)], rng.Next(1, 4))); break;
            }
        }
        return s;
    }
}
