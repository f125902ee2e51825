using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules;

/// <summary>The native modules of this family (interpreters, _interpreters, _interpqueues, threading, _thread, queue, concurrent.futures).</summary>
internal static class ConcurrencyModules
{
    public static readonly NativeModuleDef[] All = [];
}
