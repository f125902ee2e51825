using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Pools;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Interp;
using GilGrid.Interp.Hosting;

namespace GilGrid.Grains.Pools;

/// <summary>
/// How a plugin gets into an interpreter, and how a failed call becomes a <see cref="PythonError"/>:
/// shared by the pool workers and the local backend of `gilgrid map`, so that both report a plugin
/// and its errors the same way.
/// </summary>
public static class PluginLoading
{
    // The check imports from a pseudo-file, whose one frame is then cut from tracebacks: a failure's
    // traceback starts in the plugin, as it would for a plain import.
    private const string ImportFrame = "  File \"<string>\", line 1, in <module>\n";

    /// <summary>Makes the plugin's modules importable in <paramref name="interpreter"/> (run lazily, on import).</summary>
    public static void Install(Interpreter interpreter, PoolPlugin plugin) =>
        interpreter.AddModuleSources(plugin.Bundle.Modules.Select(m =>
            new ModuleSource(m.Name, m.Source, m.IsPackage, plugin.FileNameOf(m))));

    /// <summary>Imports <paramref name="function"/> from <paramref name="module"/>: the error, or null when it is there.</summary>
    public static PythonError? CheckImport(Interpreter interpreter, string module, string function,
        CancellationToken cancellationToken = default)
    {
        try
        {
            interpreter.Exec($"from {module} import {function}\n", cancellationToken);
            return null;
        }
        catch (PythonException e)
        {
            return new PythonError(e.TypeName, e.PyMessage, Unwrap(e.FormattedTraceback));
        }
    }

    /// <summary>Whether a load error says that the module has no such function (rather than failing to import).</summary>
    public static bool IsMissingFunction(PythonError error, string function) =>
        error.TypeName == "ImportError" && error.Message.StartsWith($"cannot import name '{function}'", StringComparison.Ordinal);

    /// <summary>
    /// The error record of an exception that escaped a plugin call: a Python exception, SystemExit
    /// (the worker outlives it; CPython prints no traceback for it) or a result nested too deep to
    /// send. Null for anything else, which is not the plugin's error.
    /// </summary>
    public static PythonError? ErrorOf(Exception exception) => exception switch
    {
        PythonException e => new PythonError(e.TypeName, e.PyMessage, e.FormattedTraceback),
        SystemExitException e => new PythonError("SystemExit", e.ExitMessage ?? e.ExitCode.ToString(), ""),
        ValueTooDeepException e => new PythonError("ValueError", e.Message, ""),
        _ => null,
    };

    /// <summary>Cuts the importing frame: the first frame of the last traceback section.</summary>
    private static string Unwrap(string traceback)
    {
        const string header = "Traceback (most recent call last):\n";
        var section = traceback.LastIndexOf(header, StringComparison.Ordinal);
        if (section < 0 || string.CompareOrdinal(traceback, section + header.Length, ImportFrame, 0, ImportFrame.Length) != 0)
            return traceback;
        return traceback.Remove(section + header.Length, ImportFrame.Length);
    }
}
