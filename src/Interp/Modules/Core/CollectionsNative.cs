using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>_collections: the native deque that the frozen collections package re-exports.</summary>
internal static class CollectionsNative
{
    public static readonly NativeModuleDef Def = new("_collections", (interp, m) =>
    {
        m.Globals.Set("deque", DequeType.Type);
        m.Globals.Set("_deque_iterator", DequeType.IteratorType);
        m.Globals.Set("_deque_reverse_iterator", DequeType.ReverseIteratorType);
    });
}
