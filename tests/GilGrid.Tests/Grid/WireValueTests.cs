using System.Collections.Immutable;
using System.Numerics;
using GilGrid.Grains.Interfaces.Values;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Xunit;

namespace GilGrid.Tests.Grid;

public sealed class WireValueTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private static Serializer Serializer => Services.GetRequiredService<Serializer>();

    public static TheoryData<WireValue> EveryKind() =>
    [
        WireNone.Instance,
        WireBool.True,
        new WireInt(long.MinValue),
        WireBigInt.Of(BigInteger.Pow(-7, 111)),
        new WireFloat(double.NaN),
        new WireFloat(-0.0),
        new WireFloat(double.NegativeInfinity),
        new WireStr("naïve \0 ✓"),
        new WireBytes([]),
        new WireBytes([0, 255, 7]),
        WireTuple.Empty,
        new WireTuple(new WireInt(1), new WireTuple(new WireStr("x"), WireNone.Instance), new WireBytes([1])),
        new WireList(new WireInt(1), new WireList(), new WireDict([new WireStr("k")], [new WireFloat(1.5)])),
        new WireSet([new WireInt(3), new WireInt(1)], frozen: true),
        new WireSet([]),
    ];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_survives_serialization(WireValue value)
    {
        var copy = Serializer.Deserialize<WireValue>(Serializer.SerializeToArray(value))!;

        Assert.Equal(value.GetType(), copy.GetType());
        Assert.Equal(value, copy);
        Assert.Equal(value.Depth, copy.Depth);
    }

    [Fact]
    public void Immutable_values_are_not_copied_inside_a_silo()
    {
        var copier = Services.GetRequiredService<DeepCopier>();
        WireValue value = new WireTuple(new WireStr("shared"), new WireList(new WireInt(1)));

        Assert.Same(value, copier.Copy(value));
    }

    [Fact]
    public void Nesting_is_capped_when_a_value_is_built()
    {
        WireValue value = WireNone.Instance;
        for (var i = 0; i < WireValue.MaxDepth; i++)
            value = new WireTuple(value);

        Assert.Equal(WireValue.MaxDepth, value.Depth);
        Assert.Throws<ValueTooDeepException>(() => new WireList(value));
        Assert.Throws<ValueTooDeepException>(() => new WireDict([WireNone.Instance], [value]));
    }

    [Fact]
    public void Deserialized_containers_compute_their_depth()
    {
        var deep = new WireList(new WireTuple(new WireTuple()), new WireInt(0));

        var copy = Serializer.Deserialize<WireValue>(Serializer.SerializeToArray<WireValue>(deep))!;

        Assert.Equal(3, copy.Depth);
    }

    [Fact]
    public void Tuples_are_shareable_only_when_all_items_are()
    {
        Assert.True(new WireTuple(new WireInt(1), new WireTuple(new WireStr("a"))).IsShareable);
        Assert.False(new WireTuple(new WireInt(1), new WireList()).IsShareable);
        Assert.False(new WireDict([], []).IsShareable);
        Assert.True(new WireBytes([1]).IsShareable);
    }

    [Fact]
    public void Big_ints_have_one_wire_form()
    {
        Assert.Equal(new WireInt(5), WireBigInt.Of(5));
        Assert.IsType<WireBigInt>(WireBigInt.Of(new BigInteger(long.MaxValue) + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WireBigInt(42));
    }

    [Fact]
    public void Dict_keys_and_values_must_pair_up()
    {
        Assert.Throws<ArgumentException>(() => new WireDict([new WireInt(1)], ImmutableArray<WireValue>.Empty));
        Assert.Equal("dict", new WireDict([new WireInt(1)], [WireNone.Instance]).TypeName);
    }
}
