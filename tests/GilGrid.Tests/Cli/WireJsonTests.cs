using System.Numerics;
using System.Text.Json;
using GilGrid.Client.Json;
using GilGrid.Grains.Interfaces.Values;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>JSON ↔ Python values. Expected texts come from CPython 3.13's `json` and `repr`.</summary>
public sealed class WireJsonTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(0.00012, "0.00012")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(12345678901234567.0, "1.2345678901234568e+16")]
    [InlineData(1.152921504606847e+18, "1.152921504606847e+18")]
    [InlineData(1.0 / 3 * 1e-5, "3.3333333333333333e-06")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Float_repr_matches_python(double value, string expected) =>
        Assert.Equal(expected, PythonFloat.Repr(value));

    [Fact]
    public void Parse_maps_json_to_python_values()
    {
        var value = WireJson.Parse("""[1.0, 1e5, -0, 12345678901234567890123, "s", null, true, {"a": [], "b": {}}]""");

        Assert.Equal(new WireList(
            new WireFloat(1.0), new WireFloat(100000.0), new WireInt(0),
            PyBig("12345678901234567890123"), new WireStr("s"), WireNone.Instance, WireBool.True,
            new WireDict([new WireStr("a"), new WireStr("b")], [new WireList(), new WireDict([], [])])), value);
    }

    [Fact]
    public void A_repeated_key_keeps_its_first_position_and_last_value()
    {
        Assert.Equal(new WireDict([new WireStr("a"), new WireStr("b")], [new WireInt(3), new WireInt(2)]),
            WireJson.Parse("""{"a": 1, "b": 2, "a": 3}"""));
    }

    [Theory]
    [InlineData("{\"a\": ")]
    [InlineData("[1, 2,]")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Bad_json_throws(string json) => Assert.ThrowsAny<JsonException>(() => WireJson.Parse(json));

    [Fact]
    public void Serialize_writes_what_python_json_dumps_writes()
    {
        var value = new WireDict(
            [new WireStr("a"), new WireInt(1), WireNone.Instance, new WireFloat(2.5), WireBool.True],
            [
                new WireList(new WireInt(1), new WireFloat(2.5), WireNone.Instance, WireBool.True,
                    new WireStr("x\"\\\n\t\u0001é")),
                new WireTuple(new WireFloat(1e16), new WireFloat(double.NaN), new WireFloat(double.NegativeInfinity)),
                new WireDict([], []),
                new WireList(),
                new WireInt(1),
            ]);

        // json.dumps({'a': [1, 2.5, None, True, 'x"\\\n\t\x01é'], 1: (1e16, nan, -inf), None: {},
        //             2.5: [], True: 1}, ensure_ascii=False) -- True and 1 are one key in Python.
        Assert.Equal(
            """{"a": [1, 2.5, null, true, "x\"\\\n\t\u0001é"], "1": [1e+16, NaN, -Infinity], "null": {}, "2.5": [], "true": 1}""",
            WireJson.Serialize(value));
    }

    [Theory]
    [MemberData(nameof(Unserializable))]
    public void Values_without_a_json_form_raise_pythons_type_error(WireValue value, string message)
    {
        var error = Assert.Throws<NotJsonSerializableException>(() => WireJson.Serialize(value));
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<WireValue, string> Unserializable() => new()
    {
        { new WireBytes([120]), "Object of type bytes is not JSON serializable" },
        { new WireList(new WireSet([new WireInt(1)])), "Object of type set is not JSON serializable" },
        { new WireSet([], frozen: true), "Object of type frozenset is not JSON serializable" },
        { new WireDict([new WireTuple(new WireInt(1))], [new WireInt(2)]), "keys must be str, int, float, bool or None, not tuple" },
    };

    [Fact]
    public void Round_trip_keeps_json_values()
    {
        const string json = """{"name": "grid", "sizes": [1, 2.5, -3e-07], "nested": {"ok": true, "none": null}}""";

        Assert.Equal(json, WireJson.Serialize(WireJson.Parse(json)));
    }

    private static WireValue PyBig(string digits) => WireBigInt.Of(BigInteger.Parse(digits));
}
