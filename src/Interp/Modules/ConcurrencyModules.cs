using GilGrid.Interp.Hosting;
using GilGrid.Interp.Modules.Concurrency;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules;

/// <summary>The native modules of this family (interpreters, _interpreters, _interpqueues, threading, _thread, queue, concurrent.futures).</summary>
internal static class ConcurrencyModules
{
    public static readonly NativeModuleDef[] All =
    [
        new("interpreters", InterpretersModule.Exec),
        new("concurrent", InterpretersModule.ExecPackage),
        new("concurrent.interpreters", InterpretersModule.Exec),
        new("_thread", ThreadModule.Exec),
        new("threading", ThreadingModule.Exec),
        new("queue", QueueModule.Exec),
        new("concurrent.futures", FuturesModule.Exec),
        new("_testsinglephase", TestModules.ExecSinglePhase, ModuleSupport.NotSupported),
        new("_testmultiphase", TestModules.ExecMultiPhase),
    ];
}
