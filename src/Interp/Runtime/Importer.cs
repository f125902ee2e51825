using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Runtime;

/// <summary>A module written in C#: created afresh (with its own state) in each interpreter that imports it.</summary>
public sealed record NativeModuleDef(string Name, Action<Interpreter, PyModule> Exec,
    Hosting.ModuleSupport Support = Hosting.ModuleSupport.PerInterpreterGilSupported);

/// <summary>The native modules every interpreter can import (the stdlib helper adds its modules here).</summary>
public static partial class NativeModules
{
    private static readonly Dictionary<string, NativeModuleDef> Defs = new();

    static NativeModules()
    {
        foreach (var d in All()) Defs[d.Name] = d;
    }

    /// <summary>Each family of modules keeps its own list in src/Interp/Modules, so that they grow apart.</summary>
    private static IEnumerable<NativeModuleDef> All() =>
        [.. Modules.CoreModules.All, .. Modules.DataModules.All, .. Modules.ConcurrencyModules.All];

    public static NativeModuleDef? Find(string name) => Defs.GetValueOrDefault(name);
}

/// <summary>`module.__spec__`: name, origin, parent, submodule_search_locations (importlib's ModuleSpec).</summary>
internal static class ModuleSpecs
{
    private static readonly PyType SpecType = CreateType();

    private static PyType CreateType()
    {
        var t = new PyType(Types.Type, "ModuleSpec", [Types.Object]) { HasInstanceDict = true };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_frozen_importlib");
        t.Method0("__repr__", self =>
        {
            var d = self.Dict!;
            var origin = d.Get("origin");
            return PyStr.From($"ModuleSpec(name={Ops.ReprString(d.Get("name")!)}, loader=None{(origin is PyStr o ? ", origin=" + Ops.ReprString(o) : "")})");
        });
        t.IsImmutable = true;
        return t;
    }

    public static PyObject Create(string name, string? origin, string? pkgDir)
    {
        var spec = new PyInstance(SpecType) { Dict = new PyDict() };
        spec.Dict.Set("name", PyStr.From(name));
        spec.Dict.Set("origin", origin == null ? Py.None : PyStr.From(origin));
        spec.Dict.Set("loader", Py.None);
        spec.Dict.Set("cached", Py.None);
        spec.Dict.Set("has_location", Py.Bool(origin != null));
        spec.Dict.Set("parent", PyStr.From(pkgDir != null ? name : name.Contains('.') ? name[..name.LastIndexOf('.')] : ""));
        spec.Dict.Set("submodule_search_locations", pkgDir != null ? new PyList([PyStr.From(pkgDir)]) : Py.None);
        return spec;
    }
}

/// <summary>The import system of one interpreter: sys.modules, native modules, .py files on sys.path.</summary>
internal sealed class Importer(Interpreter interp)
{
    public PyObject ImportName(string name, PyDict globals, PyObject fromList, int level)
    {
        string absName = level > 0 ? ResolveRelative(name, globals, level) : name;
        if (absName.Length == 0) throw PyError.ValueError("Empty module name");
        var parts = absName.Split('.');
        PyModule? top = null, last = null;
        string prefix = "";
        for (int i = 0; i < parts.Length; i++)
        {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            last = ImportOne(prefix, last);
            top ??= last;
        }
        bool hasFrom = fromList != Py.None && Ops.IsTrue(fromList);
        if (!hasFrom) return level > 0 && name.Length == 0 ? last! : (level > 0 ? FindTopForRelative(absName, name) : top!);
        // from pkg import submodule: import submodules named in the from-list when absent.
        foreach (var item in Ops.ToList(fromList))
        {
            string n = ((PyStr)item).Value;
            if (n == "*" || last!.Globals.Get(n) != null) continue;
            if (last.Globals.Get("__path__") != null)
            {
                try { ImportOne(absName + "." + n, last); }
                catch (PyError e) when (e.Exc.Type == Types.ModuleNotFoundError) { }
            }
        }
        return last!;
    }

    private PyObject FindTopForRelative(string absName, string name)
    {
        // `import .x` is not valid syntax; relative imports always use from-lists.
        _ = name;
        return interp.Modules.Get(absName)!;
    }

    private static string ResolveRelative(string name, PyDict globals, int level)
    {
        var pkg = globals.Get("__package__") is PyStr p ? p.Value
            : globals.Get("__path__") != null ? ((PyStr)globals.Get("__name__")!).Value
            : globals.Get("__name__") is PyStr n && n.Value.Contains('.') ? n.Value[..n.Value.LastIndexOf('.')] : "";
        if (pkg.Length == 0) throw PyError.ImportError("attempted relative import with no known parent package");
        var bits = pkg.Split('.');
        if (level - 1 >= bits.Length) throw PyError.ImportError("attempted relative import beyond top-level package");
        string b = string.Join('.', bits.Take(bits.Length - (level - 1)));
        return name.Length > 0 ? b + "." + name : b;
    }

    private PyModule ImportOne(string fullName, PyModule? parent)
    {
        if (interp.Modules.Get(fullName) is { } existing)
        {
            if (existing is PyModule em) return em;
            if (existing == Py.None) throw NotFound(fullName);
            return (PyModule)existing;
        }
        var def = NativeModules.Find(fullName) ?? interp.FindHostModule(fullName);
        if (def != null)
        {
            interp.CheckModuleSupport(def);
            var m = new PyModule(fullName);
            m.Globals.Set("__spec__", ModuleSpecs.Create(fullName, null, null));
            interp.Modules.Set(fullName, m);
            try { def.Exec(interp, m); }
            catch { interp.Modules.Remove(PyStr.From(fullName)); throw; }
            if (parent != null) parent.Globals.Set(fullName[(fullName.LastIndexOf('.') + 1)..], m);
            return m;
        }
        if (Modules.FrozenModules.Find(fullName) is { } frozen)
            return ExecModule(fullName, frozen.Code, null, null, frozen.IsPackage, parent);
        if (interp.ModuleSources.Find(fullName) is { } given)
        {
            var file = given.DisplayFileName;
            return ExecModule(fullName, interp.CompileSource(given.Source, file, ParseMode.Exec), file, null, given.IsPackage, parent);
        }
        var searchPaths = parent != null
            ? (parent.Globals.Get("__path__") is { } pp ? Ops.ToList(pp).Select(Ops.StrString).ToList() : throw NotFound(fullName, parent.Name))
            : SysPath();
        string shortName = fullName[(fullName.LastIndexOf('.') + 1)..];
        foreach (var dir in searchPaths)
        {
            string pkgInit = Path.Combine(dir, shortName, "__init__.py");
            string file = Path.Combine(dir, shortName + ".py");
            if (File.Exists(pkgInit)) return LoadSource(fullName, pkgInit, Path.Combine(dir, shortName), parent);
            if (File.Exists(file)) return LoadSource(fullName, file, null, parent);
        }
        throw NotFound(fullName);
    }

    private List<string> SysPath()
    {
        var sys = interp.Modules.Get("sys");
        var path = sys != null ? Ops.GetAttrOrNull(sys, "path") : null;
        return path == null ? [] : Ops.ToList(path).Where(p => p is PyStr).Select(Ops.StrString).ToList();
    }

    private static PyError NotFound(string name, string? parent = null)
    {
        var e = PyError.Make(Types.ModuleNotFoundError,
            parent != null ? $"No module named '{name}'; '{parent}' is not a package" : $"No module named '{name}'");
        e.Exc.SetAttrDict("name", PyStr.From(name));
        return e;
    }

    private PyModule LoadSource(string fullName, string file, string? pkgDir, PyModule? parent) =>
        ExecModule(fullName, interp.CompileSource(File.ReadAllText(file), file, ParseMode.Exec), file, pkgDir, pkgDir != null, parent);

    /// <summary>Runs a module's code in a new module object (frozen modules have no file or folder; their packages get an empty path).</summary>
    private PyModule ExecModule(string fullName, Compiler.CodeObject code, string? file, string? pkgDir, bool isPackage, PyModule? parent)
    {
        var m = new PyModule(fullName);
        var g = m.Globals;
        if (file != null) g.Set("__file__", PyStr.From(file));
        g.Set("__builtins__", interp.Modules.Get("builtins")!);
        g.Set("__package__", PyStr.From(isPackage ? fullName : fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : ""));
        g.Set("__spec__", ModuleSpecs.Create(fullName, file, pkgDir));
        if (isPackage) g.Set("__path__", pkgDir != null ? new PyList([PyStr.From(pkgDir)]) : new PyList([]));
        interp.Modules.Set(fullName, m);
        try { interp.RunCode(code, g, g); }
        catch { interp.Modules.Remove(PyStr.From(fullName)); throw; }
        // The module may have replaced itself in sys.modules.
        var final = interp.Modules.Get(fullName) as PyModule ?? m;
        if (parent != null) parent.Globals.Set(fullName[(fullName.LastIndexOf('.') + 1)..], final);
        return final;
    }

    public PyObject ImportFrom(PyObject module, string name)
    {
        var v = Ops.GetAttrOrNull(module, name);
        if (v != null) return v;
        if (module is PyModule m)
        {
            var sub = interp.Modules.Get(m.Name + "." + name);
            if (sub != null) return sub;
            var file = m.Globals.Get("__file__");
            var err = PyError.ImportError($"cannot import name '{name}' from '{m.Name}' ({(file is PyStr fs ? fs.Value : "unknown location")})");
            err.Exc.SetAttrDict("name", PyStr.From(m.Name));
            throw err;
        }
        throw PyError.ImportError($"cannot import name '{name}'");
    }

    public void ImportStar(PyObject module, PyObject locals)
    {
        var all = Ops.GetAttrOrNull(module, "__all__");
        IEnumerable<PyObject> names = all != null ? Ops.ToList(all)
            : module.Dict!.Pairs().Select(p => p.Key).Where(k => k is PyStr s && !s.Value.StartsWith('_'));
        foreach (var n in names)
        {
            if (n is not PyStr ns) throw PyError.TypeError($"Item in {Ops.StrString(Ops.GetAttr(module, "__name__"))}.__all__ must be str, not {n.Type.Name}");
            Ops.SetItem(locals, n, Ops.GetAttr(module, ns.Value));
        }
    }
}
