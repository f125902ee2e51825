using System.Collections.Immutable;

namespace GilGrid.Grains.Interfaces.Values;

/// <summary>Python containers on the wire. Items are an <see cref="ImmutableArray{T}"/> (Orleans has
/// a codec for it); equality compares items in order, since records would compare the arrays by
/// reference. Depth is computed and capped when a container is built.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireContainer")]
public abstract record WireContainer : WireValue
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

    /// <summary>Depth from the items, through <see cref="WireValue.ContainerDepth"/> (which enforces the cap).</summary>
    private protected abstract int ComputeDepth();

    private protected static bool SameItems(ImmutableArray<WireValue> a, ImmutableArray<WireValue> b) =>
        a.AsSpan().SequenceEqual(b.AsSpan());

    private protected static int HashItems(ImmutableArray<WireValue> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
            hash.Add(item);
        return hash.ToHashCode();
    }
}

/// <summary>A tuple: shareable when every item is.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireTuple")]
public sealed record WireTuple : WireContainer
{
    public static readonly WireTuple Empty = new(ImmutableArray<WireValue>.Empty);

    public WireTuple(ImmutableArray<WireValue> items)
    {
        Items = items;
        _ = Depth;
    }

    public WireTuple(params WireValue[] items) : this(ImmutableArray.Create(items)) { }

    [Id(0)]
    public ImmutableArray<WireValue> Items { get; init; }

    public override string TypeName => "tuple";

    private protected override int ComputeDepth() => ContainerDepth(Items);

    public override bool IsShareable => Items.All(i => i.IsShareable);

    public bool Equals(WireTuple? other) => other is not null && SameItems(Items, other.Items);

    public override int GetHashCode() => HashItems(Items);
}

/// <summary>A list, copied across interpreters.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireList")]
public sealed record WireList : WireContainer
{
    public WireList(ImmutableArray<WireValue> items)
    {
        Items = items;
        _ = Depth;
    }

    public WireList(params WireValue[] items) : this(ImmutableArray.Create(items)) { }

    [Id(0)]
    public ImmutableArray<WireValue> Items { get; init; }

    public override string TypeName => "list";

    private protected override int ComputeDepth() => ContainerDepth(Items);

    public override bool IsShareable => false;

    public bool Equals(WireList? other) => other is not null && SameItems(Items, other.Items);

    public override int GetHashCode() => HashItems(Items);
}

/// <summary>A set or frozenset, copied across interpreters; items in the set's iteration order.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireSet")]
public sealed record WireSet : WireContainer
{
    public WireSet(ImmutableArray<WireValue> items, bool frozen = false)
    {
        Items = items;
        Frozen = frozen;
        _ = Depth;
    }

    [Id(0)]
    public ImmutableArray<WireValue> Items { get; init; }

    [Id(1)]
    public bool Frozen { get; init; }

    public override string TypeName => Frozen ? "frozenset" : "set";

    private protected override int ComputeDepth() => ContainerDepth(Items);

    public override bool IsShareable => false;

    public bool Equals(WireSet? other) => other is not null && Frozen == other.Frozen && SameItems(Items, other.Items);

    public override int GetHashCode() => HashItems(Items);
}

/// <summary>A dict, copied across interpreters: keys and values in insertion order, pairwise.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireDict")]
public sealed record WireDict : WireContainer
{
    public WireDict(ImmutableArray<WireValue> keys, ImmutableArray<WireValue> values)
    {
        if (keys.Length != values.Length)
            throw new ArgumentException($"{keys.Length} keys but {values.Length} values");
        Keys = keys;
        Values = values;
        _ = Depth;
    }

    [Id(0)]
    public ImmutableArray<WireValue> Keys { get; init; }

    [Id(1)]
    public ImmutableArray<WireValue> Values { get; init; }

    public override string TypeName => "dict";

    private protected override int ComputeDepth() => Math.Max(ContainerDepth(Keys), ContainerDepth(Values));

    public override bool IsShareable => false;

    public int Count => Keys.Length;

    public bool Equals(WireDict? other) =>
        other is not null && SameItems(Keys, other.Keys) && SameItems(Values, other.Values);

    public override int GetHashCode() => HashCode.Combine(HashItems(Keys), HashItems(Values));
}
