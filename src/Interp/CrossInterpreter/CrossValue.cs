using System.Collections.Immutable;
using System.Numerics;

namespace GilGrid.Interp.CrossInterpreter;

/// <summary>
/// A Python value as the host sees it when it crosses an interpreter boundary: the arguments and
/// results of <see cref="Interpreter.Invoke"/>, <see cref="InterpreterPool"/> work items, values given
/// to <see cref="Interpreter.PrepareMain"/>. Two families, as in CPython's cross-interpreter rules:
/// shareable immutable values (None, bool, int, float, str, bytes, tuples of shareables) and copied
/// containers (list, dict, set/frozenset), which cross only as copies where CPython would pickle.
/// The shapes map one to one onto the grid's wire values (Grains.Interfaces/Values).
/// </summary>
public abstract record CrossValue
{
    /// <summary>The deepest container nesting a crossing value may have (a scalar has depth 0).</summary>
    public const int MaxDepth = 1000;

    /// <summary>True for values CPython lets interpreters share by reference.</summary>
    public virtual bool IsShareable => true;

    /// <summary>The Python type name ("int", "tuple", ...).</summary>
    public abstract string TypeName { get; }

    public static readonly CrossValue None = new CrossNone();
    public static CrossValue From(bool b) => b ? CrossBool.True : CrossBool.False;
    public static CrossValue From(long v) => new CrossInt(v);
    public static CrossValue From(BigInteger v) => new CrossInt(v);
    public static CrossValue From(double v) => new CrossFloat(v);
    public static CrossValue From(string v) => new CrossStr(v);
    public static CrossValue From(byte[] v) => new CrossBytes([.. v]);
    public static CrossTuple Tuple(params CrossValue[] items) => new([.. items]);
    public static CrossList List(params CrossValue[] items) => new([.. items]);
}

public sealed record CrossNone : CrossValue
{
    public override string TypeName => "NoneType";
    public override string ToString() => "None";
}

public sealed record CrossBool(bool Value) : CrossValue
{
    public static readonly CrossBool True = new(true), False = new(false);
    public override string TypeName => "bool";
}

/// <summary>An int of any size.</summary>
public sealed record CrossInt(BigInteger Value) : CrossValue
{
    public override string TypeName => "int";
    /// <summary>True when the value fits a long (the wire's small-int form).</summary>
    public bool IsSmall => Value >= long.MinValue && Value <= long.MaxValue;
}

public sealed record CrossFloat(double Value) : CrossValue
{
    public override string TypeName => "float";
}

public sealed record CrossStr(string Value) : CrossValue
{
    public override string TypeName => "str";
}

public sealed record CrossBytes(ImmutableArray<byte> Value) : CrossValue
{
    public override string TypeName => "bytes";
    public bool Equals(CrossBytes? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value.AsSpan());
    public override int GetHashCode() => Value.Length;
}

/// <summary>Tuples, lists and sets: an ordered run of items compared item by item.</summary>
public abstract record CrossSequence(ImmutableArray<CrossValue> Items) : CrossValue
{
    public virtual bool Equals(CrossSequence? other) =>
        other is not null && other.GetType() == GetType() && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var i in Items) h.Add(i);
        return h.ToHashCode();
    }
}

/// <summary>A tuple: shareable when every item is.</summary>
public sealed record CrossTuple(ImmutableArray<CrossValue> Items) : CrossSequence(Items)
{
    public override string TypeName => "tuple";
    public override bool IsShareable => Items.All(i => i.IsShareable);
    public bool Equals(CrossTuple? other) => base.Equals(other);
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A list (copied).</summary>
public sealed record CrossList(ImmutableArray<CrossValue> Items) : CrossSequence(Items)
{
    public override string TypeName => "list";
    public override bool IsShareable => false;
    public bool Equals(CrossList? other) => base.Equals(other);
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A set or frozenset (copied); items in the set's iteration order.</summary>
public sealed record CrossSet(ImmutableArray<CrossValue> Items, bool Frozen = false) : CrossSequence(Items)
{
    public override string TypeName => Frozen ? "frozenset" : "set";
    public override bool IsShareable => false;
    public bool Equals(CrossSet? other) => base.Equals(other) && Frozen == other!.Frozen;
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A dict (copied): keys and values pairwise, in insertion order.</summary>
public sealed record CrossDict(ImmutableArray<KeyValuePair<CrossValue, CrossValue>> Pairs) : CrossValue
{
    public override string TypeName => "dict";
    public override bool IsShareable => false;

    public bool Equals(CrossDict? other)
    {
        if (other is null || other.Pairs.Length != Pairs.Length) return false;
        for (int i = 0; i < Pairs.Length; i++)
            if (!Pairs[i].Key.Equals(other.Pairs[i].Key) || !Pairs[i].Value.Equals(other.Pairs[i].Value)) return false;
        return true;
    }

    public override int GetHashCode() => Pairs.Length;
}

/// <summary>
/// An instance of a user class, copied as a pickle (CPython's byte format): the class's module and
/// qualified name, and the pickle's bytes. It turns back into an object only in an interpreter that
/// can import the class.
/// </summary>
public sealed record CrossPickled(string Module, string QualName, ImmutableArray<byte> Data) : CrossValue
{
    /// <summary>The class's `__name__` (as Python's own messages name an instance's type).</summary>
    public override string TypeName => QualName[(QualName.LastIndexOf('.') + 1)..];
    public override bool IsShareable => false;

    public bool Equals(CrossPickled? other) =>
        other is not null && Module == other.Module && QualName == other.QualName && Data.AsSpan().SequenceEqual(other.Data.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Module, QualName, Data.Length);
}
