using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Modules.Data;

/// <summary>
/// `_imp`: what importlib (a frozen Python package) needs to see of the C# importer: which names are
/// native ("builtin"), frozen or given by the host, their code objects, and fresh native module
/// objects. importlib's find_spec, module_from_spec and reload are written over these.
/// </summary>
internal static class ImpModule
{
    public static readonly NativeModuleDef Def = new("_imp", Exec);

    private static void Exec(Interpreter interp, PyModule m)
    {
        string Name(string fname, ReadOnlySpan<PyObject> a, string[]? kw)
        {
            ArgCheck.NoKw(fname, kw);
            ArgCheck.Count(fname, a, 1, 1);
            return ModuleKit.Str(a[0], $"{fname}() argument");
        }
        NativeModuleDef? Native(string name) => NativeModules.Find(name) ?? interp.FindHostModule(name);
        // sys and builtins are made with the interpreter itself: "creating" them gives the existing ones.
        bool Core(string name) => name is "sys" or "builtins";

        ModuleKit.Fn(m, "is_builtin", (_, a, kw) => Py.Bool(Name("is_builtin", a, kw) is var n && (Core(n) || Native(n) != null)));
        ModuleKit.Fn(m, "is_frozen", (_, a, kw) => Py.Bool(FrozenModules.Find(Name("is_frozen", a, kw)) != null));
        ModuleKit.Fn(m, "is_frozen_package", (_, a, kw) =>
        {
            string name = Name("is_frozen_package", a, kw);
            return Py.Bool((FrozenModules.Find(name) ?? throw NoSuch("frozen", name)).IsPackage);
        });
        ModuleKit.Fn(m, "get_frozen_object", (_, a, kw) =>
        {
            string name = Name("get_frozen_object", a, kw);
            return (FrozenModules.Find(name) ?? throw NoSuch("frozen", name)).Code;
        });
        // Sources the host gave this interpreter: (file name, is package) without compiling them.
        ModuleKit.Fn(m, "find_given", (_, a, kw) =>
            interp.ModuleSources.Find(Name("find_given", a, kw)) is { } given
                ? PyTuple.Of(PyStr.From(given.DisplayFileName), Py.Bool(given.IsPackage)) : Py.None);
        ModuleKit.Fn(m, "get_given_code", (_, a, kw) =>
        {
            string name = Name("get_given_code", a, kw);
            var given = interp.ModuleSources.Find(name) ?? throw NoSuch("given", name);
            return interp.CompileSource(given.Source, given.DisplayFileName, ParseMode.Exec);
        });
        // A new, initialised native module that is not put in sys.modules (module_from_spec, reload).
        ModuleKit.Fn(m, "create_builtin", (_, a, kw) =>
        {
            string name = Name("create_builtin", a, kw);
            if (Core(name)) return interp.Modules.Get(name)!;
            var def = Native(name) ?? throw NoSuch("built-in", name);
            interp.CheckModuleSupport(def);
            var fresh = new PyModule(name);
            def.Exec(interp, fresh);
            return fresh;
        });
    }

    private static PyError NoSuch(string kind, string name)
    {
        var e = PyError.ImportError($"No such {kind} module named {name}");
        e.Exc.SetAttrDict("name", PyStr.From(name));
        return e;
    }
}
