using System.Text;
using GilGrid.Interp;
using GilGrid.Interp.Objects;
using Xunit;

namespace GilGrid.Tests.Objects;

/// <summary>
/// str counts code points: characters outside the BMP (surrogate pairs in .NET) are one character in
/// len, indexing, search, padding, ordering, case mapping, codecs and re, while all-BMP strings keep
/// the unit-indexed fast path. Expected reprs were produced by CPython 3.13.
/// </summary>
public class StrCodePointTests
{
    private static Interpreter New() => new(new InterpreterOptions { Stdout = TextWriter.Null });

    [Theory]
    [InlineData(@"len('a😀b'), len('\ud800'), len('\ud800x'), len('😀\ud800')", @"(3, 1, 2, 2)")]
    [InlineData(@"'a😀b𝔘'[1], 'a😀b𝔘'[-1], 'a😀b𝔘'[1:3], 'a😀b𝔘'[::-1], 'a😀b𝔘'[::2]", @"('😀', '𝔘', '😀b', '𝔘b😀a', 'ab')")]
    [InlineData(@"list('😀\ud800x'), [ord(c) for c in '😀𝔘']", @"(['😀', '\ud800', 'x'], [128512, 120088])")]
    [InlineData(@"'ab😀cd😀'.find('c'), 'ab😀cd😀'.rfind('😀'), 'ab😀cd😀'.index('d', 3), 'ab😀cd😀'.count('😀', 3), 'ab😀cd😀'.find('😀', 3, 5)", @"(3, 5, 4, 1, -1)")]
    [InlineData(@"'😀'.find('\ud83d'), '😀'.count('\ude00'), '😀' .startswith('\ud83d'), '\ud83d' in '😀', '😀'.split('\ud83d')", @"(-1, 0, False, False, ['😀'])")]
    [InlineData(@"'😀'.center(4, '*'), '😀'.rjust(3, '🙂'), f'{""😀"":^5}|{""x"":😀>3}', '%-3s|' % '😀', format('😀𝔘😀', '.2')", @"('*😀**', '🙂🙂😀', '  😀  |😀😀x', '😀  |', '😀𝔘')")]
    [InlineData(@"sorted(['\uffff', '😀', '\ue000', 'a']), '😀' > '\uffff', '\U00010000' > '\uffff\uffff'", @"(['a', '\ue000', '\uffff', '😀'], True, True)")]
    [InlineData(@"'𐐀'.lower(), '𐐨'.upper(), '𝔘'.isalpha(), '𝟗'.isdecimal(), '𐐀𐐨'.istitle(), 'ΑΣ'.lower(), 'ΑΣ Σ'.lower()", @"('𐐨', '𐐀', True, True, True, 'ας', 'ας σ')")]
    [InlineData(@"chr(0xd800) == '\ud800', ord('\udfff'), chr(0x1f600), repr('😀\x00\ud800')", @"(True, 57343, '😀', ""'😀\\x00\\ud800'"")")]
    [InlineData(@"'a😀'.encode('utf-16-be'), 'a😀'.encode('ascii', 'namereplace'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800'", @"(b'\x00a\xd8=\xde\x00', b'a\\N{GRINNING FACE}', True)")]
    [InlineData(@"'😀x😀'.strip('😀'), '😀😀'.replace('', '|'), 'a😀b'.translate({0x1f600: None}), str.maketrans('😀', 'x')", @"('x', '|😀|😀|', 'ab', {128512: 120})")]
    [InlineData(@"__import__('re').search('b', '😀😀b').span(), [m.start() for m in __import__('re').finditer('.', '😀a')], __import__('re').findall(r'\w', '𝔘!')", @"((2, 3), [0, 1], ['𝔘'])")]
    public void AstralTextMatchesCPython(string expr, string expected)
    {
        using var interp = New();
        Assert.Equal(expected, interp.EvalRepr(expr));
    }

    [Fact]
    public void BmpStringsStaySimpleWithoutAllocatingAPairTable()
    {
        var s = new PyStr("plain text, é and \uffff and a lone \ud800");
        Assert.True(s.IsSimple);
        Assert.Same(CodePoints.NoPairs, s.Pairs);
        Assert.Equal(s.Value.Length, s.Length);
        Assert.Equal(7, s.ToUnit(7));
        Assert.Equal(7, s.ToCodePoint(7));
    }

    [Fact]
    public void CodePointAndUnitIndicesMapBothWays()
    {
        var s = new PyStr("a😀bc𝔘\ud800🙂");
        Assert.Equal([1, 4, 6], s.Pairs);
        Assert.Equal(7, s.Length);
        int[] units = [0, 1, 3, 4, 5, 7, 8, 10];
        for (int cp = 0; cp <= s.Length; cp++)
        {
            Assert.Equal(units[cp], s.ToUnit(cp));
            Assert.Equal(cp, s.ToCodePoint(units[cp]));
        }
        Assert.Equal("𝔘", s.CharAt(4).Value);
        Assert.Equal("bc𝔘", s.Slice(2, 5));
    }

    [Fact]
    public void CompareOrdersByCodePointOnRandomText()
    {
        // Units from the ranges where UTF-16 order and code-point order disagree, lone surrogates included.
        string[] alphabet = ["a", "\ud7ff", "\ue000", "\uffff", "😀", "\U00010000", "\U0010FFFF", "\ud800", "\udc00", "\ud83d"];
        var rng = new Random(1234);
        string Make()
        {
            var sb = new StringBuilder();
            int n = rng.Next(0, 4);
            for (int i = 0; i < n; i++) sb.Append(alphabet[rng.Next(alphabet.Length)]);
            return sb.ToString();
        }
        for (int k = 0; k < 5000; k++)
        {
            string a = Make(), b = Make();
            int expected = CompareCodePointArrays(CodePoints.ToArray(a), CodePoints.ToArray(b));
            Assert.Equal(expected, Math.Sign(CodePoints.Compare(a, b)));
        }
    }

    private static int CompareCodePointArrays(int[] a, int[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return Math.Sign(a[i] - b[i]);
        return Math.Sign(a.Length - b.Length);
    }

    [Fact]
    public void SearchNeverMatchesHalfAPair()
    {
        string s = "x😀y😀";
        Assert.Equal(-1, CodePoints.IndexOf(s, "\ude00", 0, s.Length));
        Assert.Equal(-1, CodePoints.LastIndexOf(s, "\ud83d", 0, s.Length));
        Assert.Equal(4, CodePoints.LastIndexOf(s, "😀", 0, s.Length));
        Assert.Equal(2, CodePoints.IndexOf("\ud83dx\ud83d", "\ud83d", 1, 3));
        Assert.False(CodePoints.HasAt(s, 1, "\ud83d"));
    }

    [Fact]
    public void ReErrorPositionCountsCodePoints()
    {
        using var interp = New();
        interp.Exec("import re\ntry:\n    re.compile('😀𝔘(')\nexcept re.error as e:\n    r = (e.pos, e.msg)\n");
        Assert.Equal("(2, 'missing ), unterminated subpattern')", interp.EvalRepr("r"));
    }
}
