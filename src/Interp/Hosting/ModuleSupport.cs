namespace GilGrid.Interp.Hosting;

/// <summary>
/// What a native module declares about several interpreters (CPython's `Py_mod_multiple_interpreters`
/// slot). A module keeps its state in `PyModule.NativeState`, created by its Exec step in each
/// interpreter that imports it; only a legacy module with process-global state says NotSupported.
/// </summary>
public enum ModuleSupport
{
    /// <summary>Process-global state (CPython's single-phase init): refused in isolated interpreters.</summary>
    NotSupported,
    /// <summary>Per-interpreter state, but relies on a GIL shared with other interpreters.</summary>
    Supported,
    /// <summary>Per-interpreter state and safe under a per-interpreter GIL (every module we ship).</summary>
    PerInterpreterGilSupported,
}
