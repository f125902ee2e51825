using Xunit;
using GilGrid.Interp;

namespace GilGrid.Tests.Objects;

/// <summary>
/// Builtin type surfaces (str, bytes/bytearray, memoryview, codecs, int/float/complex conversions).
/// Expected values and messages were produced by CPython 3.13.
/// </summary>
public class SurfaceTests
{
    private static Interpreter New() => new(new InterpreterOptions { Stdout = TextWriter.Null });

    [Theory]
    [InlineData(@"'ab'.center(5, 'x')", @"'xxabx'")]
    [InlineData(@"'-42'.zfill(6)", @"'-00042'")]
    [InlineData(@"'a\r\nb\x0bc'.splitlines(True)", @"['a\r\n', 'b\x0b', 'c']")]
    [InlineData(@"'  a b  '.rsplit(None, 1)", @"['  a', 'b']")]
    [InlineData(@"'Straße ﬁ ǆ'.upper()", @"'STRASSE FI Ǆ'")]
    [InlineData(@"'ǆemal'.title()", @"'ǅemal'")]
    [InlineData(@"'ß'.casefold()", @"'ss'")]
    [InlineData(@"'abcabc'.rfind('b', 0, 4)", @"1")]
    [InlineData(@"'abc'.translate(str.maketrans('ab', 'xy', 'c'))", @"'xy'")]
    [InlineData(@"'a\tbc\td'.expandtabs(4)", @"'a   bc  d'")]
    [InlineData(@"'²'.isdigit(), '²'.isdecimal(), 'Ⅻ'.isupper()", @"(True, False, True)")]
    [InlineData(@"'{x}-{y}'.format_map({'x': 1, 'y': 2})", @"'1-2'")]
    [InlineData(@"b'a,b,,c'.split(b','), b' x '.strip(), b'abc'.upper(), b'Hello'.swapcase()", @"([b'a', b'b', b'', b'c'], b'x', b'ABC', b'hELLO')")]
    [InlineData(@"b'\x01\xff'.hex(':'), bytes.fromhex('de ad')", @"('01:ff', b'\xde\xad')")]
    [InlineData(@"b'%s-%d-%r' % (b'x', 5, 'y')", @"b""x-5-'y'""")]
    [InlineData(@"bytearray(b'abc')[::-1]", @"bytearray(b'cba')")]
    [InlineData(@"(1024).to_bytes(2, 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True)", @"(b'\x00\x04', -2)")]
    [InlineData(@"'naïve'.encode('ascii', 'xmlcharrefreplace'), b'ab\x80'.decode('utf-8', 'replace'), 'A€'.encode('utf-16-le')", @"(b'na&#239;ve', 'ab�', b'A\x00\xac ')")]
    [InlineData(@"(3.75).hex(), float.fromhex('-0x1.8p-1'), float.fromhex('0x.8p-1074')", @"('0x1.e000000000000p+1', -0.75, 0.0)")]
    [InlineData(@"complex(' (1-2.5e1j) '), complex(1j, 1j), format(3-4j, '.2f')", @"((1-25j), (-1+1j), '3.00-4.00j')")]
    [InlineData(@"memoryview(bytearray(b'\x01\x00\x02\x00')).cast('H').tolist()", @"[1, 2]")]
    public void ResultReprMatchesCPython(string expr, string expected)
    {
        using var interp = New();
        Assert.Equal(expected, interp.EvalRepr(expr));
    }

    [Theory]
    [InlineData(@"'a'.find(1)", @"TypeError: find() argument 1 must be str, not int")]
    [InlineData(@"b'a'.index(b'z')", @"ValueError: subsection not found")]
    [InlineData(@"'a'.ljust(3, 'xy')", @"TypeError: The fill character must be exactly one character long")]
    [InlineData(@"'é'.encode('ascii')", @"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)")]
    [InlineData(@"b'\xe2\x82'.decode()", @"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data")]
    [InlineData(@"bytearray().pop()", @"IndexError: pop from empty bytearray")]
    [InlineData(@"(300).to_bytes(1, 'big')", @"OverflowError: int too big to convert")]
    [InlineData(@"float.fromhex('0x1p1024')", @"OverflowError: hexadecimal value too large to represent as a float")]
    [InlineData(@"complex('1+2')", @"ValueError: complex() arg is a malformed string")]
    [InlineData(@"'{'.format(1)", @"ValueError: Single '{' encountered in format string")]
    [InlineData(@"memoryview(b'abc').cast('H')", @"TypeError: memoryview: length is not a multiple of itemsize")]
    [InlineData(@"format('x', '#')", @"ValueError: Alternate form (#) not allowed in string format specifier")]
    public void ErrorMatchesCPython(string expr, string expected)
    {
        using var interp = New();
        var e = Assert.Throws<PythonException>(() => interp.EvalRepr(expr));
        Assert.Equal(expected, $"{e.TypeName}: {e.PyMessage}");
    }
}
