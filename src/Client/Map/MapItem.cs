using System.Collections.Immutable;
using GilGrid.Client.Grid;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Map;

/// <summary>One input of a map: the call's arguments and where they came from.</summary>
/// <param name="Index">0-based position among the inputs (and in the output).</param>
/// <param name="LineNumber">1-based line of the input file, for messages.</param>
public sealed record MapItem(int Index, int LineNumber, ImmutableArray<WireValue> Args, WireDict Kwargs)
{
    public MapCall Call => new(Args, Kwargs);
}
