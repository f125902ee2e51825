using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class SingletonMethods
{
    public static void Register()
    {
        foreach (var t in new[] { Types.NoneType, Types.NotImplementedType, Types.EllipsisType })
        {
            t.Method0("__repr__", self => PyStr.From(((PySingleton)self).Repr));
            t.New((cls, args, kw) =>
            {
                if (args.Length > 0) throw PyError.TypeError($"{cls.Name} takes no arguments");
                return cls == Types.NoneType ? Py.None : cls == Types.EllipsisType ? Py.Ellipsis : Py.NotImplemented;
            });
        }
        Types.NoneType.Method0("__bool__", _ => Py.False);
        Types.NoneType.Method0("__hash__", _ => PyInt.From(0xFCA86420L));
    }
}
