using System.Collections.Immutable;
using System.Numerics;
using GilGrid.Grains.Interfaces.Values;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Xunit;

namespace GilGrid.Tests.Grid;

public sealed class PyValueTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private static Serializer Serializer => Services.GetRequiredService<Serializer>();

    public static TheoryData<PyValue> EveryKind() =>
    [
        PyNone.Instance,
        PyBool.True,
        new PyInt(long.MinValue),
        PyBigInt.Of(BigInteger.Pow(-7, 111)),
        new PyFloat(double.NaN),
        new PyFloat(-0.0),
        new PyFloat(double.NegativeInfinity),
        new PyStr("naïve \0 ✓"),
        new PyBytes([]),
        new PyBytes([0, 255, 7]),
        PyTuple.Empty,
        new PyTuple(new PyInt(1), new PyTuple(new PyStr("x"), PyNone.Instance), new PyBytes([1])),
        new PyList(new PyInt(1), new PyList(), new PyDict([new PyStr("k")], [new PyFloat(1.5)])),
        new PySet([new PyInt(3), new PyInt(1)], frozen: true),
        new PySet([]),
    ];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_survives_serialization(PyValue value)
    {
        var copy = Serializer.Deserialize<PyValue>(Serializer.SerializeToArray(value))!;

        Assert.Equal(value.GetType(), copy.GetType());
        Assert.Equal(value, copy);
        Assert.Equal(value.Depth, copy.Depth);
    }

    [Fact]
    public void Immutable_values_are_not_copied_inside_a_silo()
    {
        var copier = Services.GetRequiredService<DeepCopier>();
        PyValue value = new PyTuple(new PyStr("shared"), new PyList(new PyInt(1)));

        Assert.Same(value, copier.Copy(value));
    }

    [Fact]
    public void Nesting_is_capped_when_a_value_is_built()
    {
        PyValue value = PyNone.Instance;
        for (var i = 0; i < PyValue.MaxDepth; i++)
            value = new PyTuple(value);

        Assert.Equal(PyValue.MaxDepth, value.Depth);
        Assert.Throws<ValueTooDeepException>(() => new PyList(value));
        Assert.Throws<ValueTooDeepException>(() => new PyDict([PyNone.Instance], [value]));
    }

    [Fact]
    public void Deserialized_containers_compute_their_depth()
    {
        var deep = new PyList(new PyTuple(new PyTuple()), new PyInt(0));

        var copy = Serializer.Deserialize<PyValue>(Serializer.SerializeToArray<PyValue>(deep))!;

        Assert.Equal(3, copy.Depth);
    }

    [Fact]
    public void Tuples_are_shareable_only_when_all_items_are()
    {
        Assert.True(new PyTuple(new PyInt(1), new PyTuple(new PyStr("a"))).IsShareable);
        Assert.False(new PyTuple(new PyInt(1), new PyList()).IsShareable);
        Assert.False(new PyDict([], []).IsShareable);
        Assert.True(new PyBytes([1]).IsShareable);
    }

    [Fact]
    public void Big_ints_have_one_wire_form()
    {
        Assert.Equal(new PyInt(5), PyBigInt.Of(5));
        Assert.IsType<PyBigInt>(PyBigInt.Of(new BigInteger(long.MaxValue) + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PyBigInt(42));
    }

    [Fact]
    public void Dict_keys_and_values_must_pair_up()
    {
        Assert.Throws<ArgumentException>(() => new PyDict([new PyInt(1)], ImmutableArray<PyValue>.Empty));
        Assert.Equal("dict", new PyDict([new PyInt(1)], [PyNone.Instance]).TypeName);
    }
}
