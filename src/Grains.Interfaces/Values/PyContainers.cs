using System.Collections.Immutable;

namespace GilGrid.Grains.Interfaces.Values;

/// <summary>Python containers on the wire. Items are an <see cref="ImmutableArray{T}"/> (Orleans has
/// a codec for it); equality compares items in order, since records would compare the arrays by
/// reference. Depth is computed and capped when a container is built.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PyContainer")]
public abstract record PyContainer : PyValue
{
    // Computed, not serialized: Orleans builds deserialized records without running constructors,
    // so a cached field starts at 0 there, meaning "not computed yet".
    [NonSerialized]
    private int _depthPlusOne;

    public override int Depth
    {
        get
        {
            if (_depthPlusOne == 0)
                _depthPlusOne = ComputeDepth() + 1;
            return _depthPlusOne - 1;
        }
    }

    /// <summary>Depth from the items, through <see cref="PyValue.ContainerDepth"/> (which enforces the cap).</summary>
    private protected abstract int ComputeDepth();

    private protected static bool SameItems(ImmutableArray<PyValue> a, ImmutableArray<PyValue> b) =>
        a.AsSpan().SequenceEqual(b.AsSpan());

    private protected static int HashItems(ImmutableArray<PyValue> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
            hash.Add(item);
        return hash.ToHashCode();
    }
}

/// <summary>A tuple: shareable when every item is.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PyTuple")]
public sealed record PyTuple : PyContainer
{
    public static readonly PyTuple Empty = new(ImmutableArray<PyValue>.Empty);

    public PyTuple(ImmutableArray<PyValue> items)
    {
        Items = items;
        _ = Depth;
    }

    public PyTuple(params PyValue[] items) : this(ImmutableArray.Create(items)) { }

    [Id(0)]
    public ImmutableArray<PyValue> Items { get; init; }

    public override string TypeName => "tuple";

    private protected override int ComputeDepth() => ContainerDepth(Items);

    public override bool IsShareable => Items.All(i => i.IsShareable);

    public bool Equals(PyTuple? other) => other is not null && SameItems(Items, other.Items);

    public override int GetHashCode() => HashItems(Items);
}

/// <summary>A list, copied across interpreters.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PyList")]
public sealed record PyList : PyContainer
{
    public PyList(ImmutableArray<PyValue> items)
    {
        Items = items;
        _ = Depth;
    }

    public PyList(params PyValue[] items) : this(ImmutableArray.Create(items)) { }

    [Id(0)]
    public ImmutableArray<PyValue> Items { get; init; }

    public override string TypeName => "list";

    private protected override int ComputeDepth() => ContainerDepth(Items);

    public override bool IsShareable => false;

    public bool Equals(PyList? other) => other is not null && SameItems(Items, other.Items);

    public override int GetHashCode() => HashItems(Items);
}

/// <summary>A set or frozenset, copied across interpreters; items in the set's iteration order.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PySet")]
public sealed record PySet : PyContainer
{
    public PySet(ImmutableArray<PyValue> items, bool frozen = false)
    {
        Items = items;
        Frozen = frozen;
        _ = Depth;
    }

    [Id(0)]
    public ImmutableArray<PyValue> Items { get; init; }

    [Id(1)]
    public bool Frozen { get; init; }

    public override string TypeName => Frozen ? "frozenset" : "set";

    private protected override int ComputeDepth() => ContainerDepth(Items);

    public override bool IsShareable => false;

    public bool Equals(PySet? other) => other is not null && Frozen == other.Frozen && SameItems(Items, other.Items);

    public override int GetHashCode() => HashItems(Items);
}

/// <summary>A dict, copied across interpreters: keys and values in insertion order, pairwise.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PyDict")]
public sealed record PyDict : PyContainer
{
    public PyDict(ImmutableArray<PyValue> keys, ImmutableArray<PyValue> values)
    {
        if (keys.Length != values.Length)
            throw new ArgumentException($"{keys.Length} keys but {values.Length} values");
        Keys = keys;
        Values = values;
        _ = Depth;
    }

    [Id(0)]
    public ImmutableArray<PyValue> Keys { get; init; }

    [Id(1)]
    public ImmutableArray<PyValue> Values { get; init; }

    public override string TypeName => "dict";

    private protected override int ComputeDepth() => Math.Max(ContainerDepth(Keys), ContainerDepth(Values));

    public override bool IsShareable => false;

    public int Count => Keys.Length;

    public bool Equals(PyDict? other) =>
        other is not null && SameItems(Keys, other.Keys) && SameItems(Values, other.Values);

    public override int GetHashCode() => HashCode.Combine(HashItems(Keys), HashItems(Values));
}
