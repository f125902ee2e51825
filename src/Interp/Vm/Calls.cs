using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

// Binding call arguments to parameters, with CPython's error messages.
public sealed partial class ThreadState
{
    /// <summary>Calls a Python function from native code (re-enters the loop).</summary>
    public PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var frame = MakeFrame(f, args, kwNames);
        if (frame.Code.IsGenerator) return new PyGenerator(frame, f);
        return Run(frame);
    }

    /// <summary>
    /// `Cls(args)` for a plain Python class (metaclass type, object.__new__, a Python __init__):
    /// creates the instance and returns the __init__ frame to run inside the loop, or null to take
    /// the general path.
    /// </summary>
    private Frame? TryInlineInit(PyType cls, Slot[] stack, int baseIdx, int argc, string[]? kwNames)
    {
        if (cls.Type != Types.Type || !cls.IsHeap || cls.Layout != Types.Object) return null;
        // What the class's MRO answers for __new__, __init__, __abstractmethods__ and __slots__ is
        // memoised on the class (four lookups per instance showed as 6% of an object-heavy program).
        if (cls.ConstructPlan is not InitPlan plan || plan.Version != cls.Version || !ReferenceEquals(plan.Mro, cls.Mro))
            cls.ConstructPlan = plan = PlanInit(cls);
        if (plan.Init is not { } init || init.Code.IsGenerator) return null;   // __code__ may be replaced
        PyObject obj = plan.Slots ? new PyInstanceWithSlots(cls) : new PyInstance(cls);
        if (cls.HasInstanceDict) obj.Dict = new PyDict();
        // The instance goes into the NULL slot so that self and the arguments are contiguous.
        stack[baseIdx + 1].O = obj;
        var frame = MakeFrame(init, ArgsSpan(stack, baseIdx + 1, argc + 1), kwNames);
        frame.ConstructedInstance = obj;
        return frame;
    }

    /// <summary>A class's answer for TryInlineInit: its Python `__init__` (null: take the general path) and whether it has `__slots__`.</summary>
    private sealed record InitPlan(int Version, PyType[] Mro, PyFunction? Init, bool Slots);

    private static InitPlan PlanInit(PyType cls)
    {
        var init = cls.Lookup("__init__") as PyFunction;
        if (cls.Lookup("__new__") != Ops.ObjectNew || cls.Lookup("__abstractmethods__") != null)
            init = null;
        // Only classes define __slots__ (no builtin type has the attribute), so the MRO lookup
        // answers whether any class along the MRO declared it.
        return new InitPlan(cls.Version, cls.Mro, init, cls.Lookup("__slots__") != null);
    }

    internal Frame MakeFrame(PyFunction func, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var code = func.Code;
        var caches = FunctionCaches.For(func);
        Frame frame;
        if (caches.FreeFrames is { } free)
        {
            caches.FreeFrames = free.Back;
            caches.FreeCount--;
            free.Back = null;
            frame = free;
        }
        else frame = new Frame(code, func.Globals, Interp.BuiltinsDict, null, func, caches) { Poolable = !code.IsGenerator };
        var fast = frame.Fast;
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        int argCount = code.ArgCount;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int kwOnly = code.KwOnlyArgCount;
        int varArgsSlot = argCount + kwOnly;
        int varKwSlot = varArgsSlot + (hasVarArgs ? 1 : 0);

        // Fast path: exact positional arguments, no keywords.
        if (nkw == 0 && npos == argCount && !hasVarArgs && !hasVarKw && kwOnly == 0)
        {
            for (int i = 0; i < npos; i++) fast[i].O = args[i];
            return frame;
        }

        int n = Math.Min(npos, argCount);
        for (int i = 0; i < n; i++) fast[i].O = args[i];
        if (hasVarArgs)
            fast[varArgsSlot].O = npos > argCount ? PyTuple.Of(args[argCount..npos]) : PyTuple.Empty;
        else if (npos > argCount)
            throw TooManyPositional(func, npos, args, kwNames);

        PyDict? kwDict = null;
        if (hasVarKw) { kwDict = new PyDict(); fast[varKwSlot].O = kwDict; }
        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            string name = kwNames![k];
            var value = args[npos + k];
            int idx = -1;
            for (int j = code.PosOnlyArgCount; j < argCount + kwOnly; j++)
                if (code.LocalNames[j] == name) { idx = j; break; }
            if (idx < 0)
            {
                if (kwDict != null)
                {
                    if (kwDict.Get(name) != null) throw PyError.TypeError($"{func.QualName}() got multiple values for keyword argument '{name}'");
                    kwDict.Set(name, value);
                    continue;
                }
                for (int j = 0; j < code.PosOnlyArgCount; j++)
                    if (code.LocalNames[j] == name) { (posOnlyAsKw ??= []).Add(name); break; }
                if (posOnlyAsKw != null && posOnlyAsKw.Contains(name)) continue;
                var hint = Diagnostics.Suggestions.Best(name, [.. code.LocalNames[code.PosOnlyArgCount..(argCount + kwOnly)]]);
                throw PyError.TypeError($"{func.QualName}() got an unexpected keyword argument '{name}'"
                    + (hint != null ? $". Did you mean '{hint}'?" : ""));
            }
            if (fast[idx].O != null)
                throw PyError.TypeError($"{func.QualName}() got multiple values for argument '{name}'");
            fast[idx].O = value;
        }
        if (posOnlyAsKw != null)
            throw PyError.TypeError($"{func.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");

        // Defaults for missing positional parameters.
        var defaults = func.Defaults;
        int ndef = defaults?.Length ?? 0;
        int firstDefault = argCount - ndef;
        List<string>? missing = null;
        for (int i = npos; i < argCount; i++)
        {
            if (fast[i].O != null) continue;
            if (i >= firstDefault) fast[i].O = defaults![i - firstDefault];
            else (missing ??= []).Add(code.LocalNames[i]);
        }
        if (missing != null) throw Missing(func, missing, "positional");
        for (int i = argCount; i < argCount + kwOnly; i++)
        {
            if (fast[i].O != null) continue;
            var d = func.KwDefaults?.Get(code.LocalNames[i]);
            if (d != null) fast[i].O = d;
            else (missing ??= []).Add(code.LocalNames[i]);
        }
        if (missing != null) throw Missing(func, missing, "keyword-only");
        return frame;
    }

    private static PyError Missing(PyFunction func, List<string> names, string kind)
    {
        string list = names.Count switch
        {
            1 => $"'{names[0]}'",
            2 => $"'{names[0]}' and '{names[1]}'",
            _ => string.Join(", ", names.Take(names.Count - 1).Select(x => $"'{x}'")) + $", and '{names[^1]}'",
        };
        return PyError.TypeError($"{func.QualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }

    private static PyError TooManyPositional(PyFunction func, int given, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var code = func.Code;
        int ndef = func.Defaults?.Length ?? 0;
        int max = code.ArgCount;
        string takes = ndef > 0 ? $"from {max - ndef} to {max}" : $"{max}";
        int kwOnlyGiven = 0;
        if (kwNames != null)
            foreach (var k in kwNames)
                for (int j = code.ArgCount; j < code.ArgCount + code.KwOnlyArgCount; j++)
                    if (code.LocalNames[j] == k) kwOnlyGiven++;
        string plural = (ndef > 0 || max != 1) ? "s" : "";
        string extra = kwOnlyGiven > 0
            ? $" positional argument{(given == 1 ? "" : "s")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")})"
            : "";
        string were = given == 1 && kwOnlyGiven == 0 ? "was" : "were";
        return PyError.TypeError($"{func.QualName}() takes {takes} positional argument{plural} but {given}{extra} {were} given");
    }
}
