using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules;

/// <summary>The native modules of this family (math, operator, functools, itertools, collections, heapq, bisect, copy, types, typing, abc, enum, dataclasses, contextlib, weakref, gc, warnings, traceback, inspect, string, textwrap).</summary>
internal static class CoreModules
{
    public static readonly NativeModuleDef[] All = [Core.MathModule.Def, Core.WeakrefModule.Def, Core.GcModule.Def, Core.TracebackHelpers.Def, Core.CollectionsNative.Def];
}
