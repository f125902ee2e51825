using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>`C.__bases__ = (...)`: CPython's type_set_bases checks, then the MROs of C and its subclasses are recomputed.</summary>
internal static class TypeBases
{
    public static void Assign(PyType cls, PyObject? value)
    {
        if (cls.IsImmutable) throw PyError.TypeError($"cannot set '__bases__' attribute of immutable type '{cls.Name}'");
        if (value == null) throw PyError.TypeError($"cannot delete '__bases__' attribute of immutable type '{cls.Name}'");
        if (value is not PyTuple t)
            throw PyError.TypeError($"can only assign tuple to {cls.Name}.__bases__, not {value.Type.Name}");
        if (t.Items.Length == 0)
            throw PyError.TypeError($"can only assign non-empty tuple to {cls.Name}.__bases__, not ()");
        var bases = new PyType[t.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            if (t.Items[i] is not PyType b)
                throw PyError.TypeError($"{cls.Name}.__bases__ must be tuple of classes, not '{t.Items[i].Type.Name}'");
            if (b.IsSubtypeOf(cls)) throw PyError.TypeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        var layout = Types.Object;
        foreach (var b in bases)
            if (b.Layout != Types.Object && (layout == Types.Object || b.Layout.IsSubtypeOf(layout))) layout = b.Layout;
        if (layout != cls.Layout)
        {
            var newBase = bases.FirstOrDefault(b => b.Layout == layout) ?? bases[0];
            var oldBase = cls.Bases.FirstOrDefault(b => b.Layout == cls.Layout) ?? cls.Bases[0];
            // A builtin's instances are freed by their own deallocator, which CPython compares first.
            string what = layout.IsImmutable || cls.Layout.IsImmutable ? "deallocator" : "object layout";
            throw PyError.TypeError($"__bases__ assignment: '{newBase.Name}' {what} differs from '{oldBase.Name}'");
        }
        var oldBases = cls.Bases;
        cls.Bases = bases;
        try { Remro(cls); }
        catch
        {
            cls.Bases = oldBases;
            Remro(cls);
            throw;
        }
        foreach (var b in oldBases) b.RemoveSubclass(cls);
        foreach (var b in bases) b.AddSubclass(cls);
    }

    private static void Remro(PyType cls)
    {
        cls.Mro = PyType.ComputeMro(cls);
        cls.Modified();
        foreach (var sub in cls.LiveSubclasses()) Remro(sub);
    }
}
