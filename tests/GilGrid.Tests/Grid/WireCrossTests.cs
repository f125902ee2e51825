using System.Collections.Immutable;
using System.Numerics;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp.CrossInterpreter;
using Xunit;

namespace GilGrid.Tests.Grid;

public sealed class WireCrossTests
{
    public static TheoryData<WireValue> EveryKind() =>
    [
        WireNone.Instance,
        WireBool.True,
        WireBool.False,
        new WireInt(long.MinValue),
        WireBigInt.Of(BigInteger.Pow(-7, 111)),
        new WireFloat(double.NaN),
        new WireFloat(-0.0),
        new WireStr("naïve \0 ✓"),
        new WireBytes([0, 255, 7]),
        WireTuple.Empty,
        new WireTuple(new WireInt(1), new WireTuple(new WireStr("x"), WireNone.Instance)),
        new WireList(new WireInt(1), new WireList(), new WireDict([new WireStr("k")], [new WireFloat(1.5)])),
        new WireSet([new WireInt(3), new WireInt(1)], frozen: true),
        new WireSet([new WireStr("a")]),
    ];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_round_trips(WireValue value)
    {
        var cross = WireCross.ToCross(value);
        Assert.Equal(value.TypeName, cross.TypeName);
        Assert.Equal(value.IsShareable, cross.IsShareable);
        Assert.Equal(value, WireCross.ToWire(cross));
    }

    [Fact]
    public void Ints_take_the_small_form_when_they_fit()
    {
        Assert.Equal(new WireInt(5), WireCross.ToWire(CrossValue.From(new BigInteger(5))));
        Assert.IsType<WireBigInt>(WireCross.ToWire(CrossValue.From(BigInteger.Pow(2, 64))));
        Assert.Equal(CrossValue.From(long.MaxValue), WireCross.ToCross(new WireInt(long.MaxValue)));
    }

    [Fact]
    public void Dicts_keep_their_order_and_sets_their_kind()
    {
        var dict = new CrossDict([new(CrossValue.From("b"), CrossValue.From(1L)), new(CrossValue.From("a"), CrossValue.List())]);
        var wire = Assert.IsType<WireDict>(WireCross.ToWire(dict));
        Assert.Equal([new WireStr("b"), new WireStr("a")], wire.Keys.ToArray());
        Assert.Equal(new WireList(), wire.Values[1]);
        var frozen = Assert.IsType<CrossSet>(WireCross.ToCross(new WireSet([], frozen: true)));
        Assert.True(frozen.Frozen);
    }

    [Fact]
    public void Nesting_up_to_the_cap_converts_and_deeper_is_refused_both_ways()
    {
        Assert.Equal(WireValue.MaxDepth, WireCross.ToWire(NestedCross(WireCross.MaxDepth)).Depth);
        Assert.Throws<ValueTooDeepException>(() => WireCross.ToWire(NestedCross(WireCross.MaxDepth + 1)));
        // Far past the cap: refused without recursing through the whole value.
        Assert.Throws<ValueTooDeepException>(() => WireCross.ToWire(NestedCross(200_000)));

        WireValue wire = WireNone.Instance;
        for (var i = 0; i < WireValue.MaxDepth; i++)
            wire = new WireList(wire);
        var cross = WireCross.ToCross(wire);
        Assert.Equal(wire, WireCross.ToWire(cross));
    }

    [Fact]
    public void Keywords_need_string_keys()
    {
        var kwargs = WireCross.ToKeywords(new WireDict([new WireStr("n")], [new WireInt(2)]));
        Assert.Equal(CrossValue.From(2L), kwargs["n"]);
        Assert.Throws<ArgumentException>(() => WireCross.ToKeywords(new WireDict([new WireInt(1)], [WireNone.Instance])));
    }

    private static CrossValue NestedCross(int depth)
    {
        CrossValue value = CrossValue.None;
        for (var i = 0; i < depth; i++)
            value = new CrossList([value]);
        return value;
    }
}
