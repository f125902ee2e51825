using System.Collections.Immutable;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Interp.CrossInterpreter;

namespace GilGrid.Grains.Values;

/// <summary>
/// Converts between the interpreter's <see cref="CrossValue"/> and the grid's <see cref="WireValue"/>:
/// the two describe the same Python values one to one, so nothing is lost either way. Both sides cap
/// nesting at 1000 levels; the conversion checks the cap itself before recursing, so its native
/// recursion stays bounded whatever it is handed (<see cref="ValueTooDeepException"/> past it).
/// </summary>
public static class WireCross
{
    /// <summary>The deepest nesting either side accepts.</summary>
    public const int MaxDepth = WireValue.MaxDepth < CrossValue.MaxDepth ? WireValue.MaxDepth : CrossValue.MaxDepth;

    public static WireValue ToWire(CrossValue value) => ToWire(value, 0);

    public static CrossValue ToCross(WireValue value) => ToCross(value, 0);

    public static ImmutableArray<CrossValue> ToCross(ImmutableArray<WireValue> values) =>
        ImmutableArray.CreateRange(values, v => ToCross(v, 0));

    /// <summary>A wire dict with str keys as keyword arguments (a call's `**kwargs`).</summary>
    public static IReadOnlyDictionary<string, CrossValue> ToKeywords(WireDict kwargs)
    {
        var result = new Dictionary<string, CrossValue>(kwargs.Count);
        for (var i = 0; i < kwargs.Count; i++)
        {
            if (kwargs.Keys[i] is not WireStr name)
                throw new ArgumentException($"keywords must be strings, not {kwargs.Keys[i].TypeName}");
            result[name.Value] = ToCross(kwargs.Values[i], 0);
        }
        return result;
    }

    private static WireValue ToWire(CrossValue value, int depth) => value switch
    {
        CrossNone => WireNone.Instance,
        CrossBool b => b.Value ? WireBool.True : WireBool.False,
        CrossInt i => WireBigInt.Of(i.Value),
        CrossFloat f => new WireFloat(f.Value),
        CrossStr s => new WireStr(s.Value),
        CrossBytes b => new WireBytes(b.Value.ToArray()),
        CrossPickled p => new WirePickled(p.Module, p.QualName, p.Data.ToArray()),
        CrossTuple t => new WireTuple(Items(t.Items, Deeper(depth))),
        CrossList l => new WireList(Items(l.Items, Deeper(depth))),
        CrossSet s => new WireSet(Items(s.Items, Deeper(depth)), s.Frozen),
        CrossDict d => Dict(d, Deeper(depth)),
        _ => throw new ArgumentException($"no wire form for {value.GetType().Name}"),
    };

    private static CrossValue ToCross(WireValue value, int depth) => value switch
    {
        WireNone => CrossValue.None,
        WireBool b => CrossValue.From(b.Value),
        WireInt i => CrossValue.From(i.Value),
        WireBigInt i => CrossValue.From(i.Value),
        WireFloat f => CrossValue.From(f.Value),
        WireStr s => CrossValue.From(s.Value),
        WireBytes b => CrossValue.From(b.Value),
        WirePickled p => new CrossPickled(p.Module, p.QualName, [.. p.Data]),
        WireTuple t => new CrossTuple(Items(t.Items, Deeper(depth))),
        WireList l => new CrossList(Items(l.Items, Deeper(depth))),
        WireSet s => new CrossSet(Items(s.Items, Deeper(depth)), s.Frozen),
        WireDict d => Dict(d, Deeper(depth)),
        _ => throw new ArgumentException($"no cross-interpreter form for {value.GetType().Name}"),
    };

    /// <summary>The depth of a container's items, refused past the cap before any recursion.</summary>
    private static int Deeper(int depth) =>
        depth + 1 > MaxDepth ? throw new ValueTooDeepException(MaxDepth) : depth + 1;

    private static ImmutableArray<WireValue> Items(ImmutableArray<CrossValue> items, int depth) =>
        ImmutableArray.CreateRange(items, i => ToWire(i, depth));

    private static ImmutableArray<CrossValue> Items(ImmutableArray<WireValue> items, int depth) =>
        ImmutableArray.CreateRange(items, i => ToCross(i, depth));

    private static WireDict Dict(CrossDict dict, int depth) => new(
        ImmutableArray.CreateRange(dict.Pairs, p => ToWire(p.Key, depth)),
        ImmutableArray.CreateRange(dict.Pairs, p => ToWire(p.Value, depth)));

    private static CrossDict Dict(WireDict dict, int depth)
    {
        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<CrossValue, CrossValue>>(dict.Count);
        for (var i = 0; i < dict.Count; i++)
            pairs.Add(new(ToCross(dict.Keys[i], depth), ToCross(dict.Values[i], depth)));
        return new CrossDict(pairs.MoveToImmutable());
    }
}
