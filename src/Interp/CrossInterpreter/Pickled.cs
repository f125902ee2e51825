using System.Collections.Immutable;
using GilGrid.Interp.Modules.Data.Codec;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.CrossInterpreter;

/// <summary>
/// Instances of user classes cross as pickles, where CPython's `interpreters` would pickle them
/// (queue items, `call` arguments and results): dumped in the sender with our `pickle` (CPython's
/// byte format), loaded in the receiver, which must be able to import the class. A class the
/// receiver does not have fails there as CPython's `pickle.loads` does
/// ("AttributeError: Can't get attribute 'Point' on &lt;module '__main__'&gt;").
/// </summary>
internal static class Pickled
{
    private const int Protocol = 4;

    /// <summary>A user-class instance (its type was made by Python code): the values that cross by pickle.</summary>
    public static bool IsCandidate(PyObject o) => o.Type.IsHeap;

    /// <summary>Pickles in the current (sending) interpreter.</summary>
    public static CrossPickled Dump(PyObject o)
    {
        var interp = ThreadState.Current.Interp;
        var bytes = new Pickler(Protocol, msg => Error(interp, "PicklingError", msg), interp).Dump(o);
        return new CrossPickled(o.Type.ModuleName, o.Type.QualName, [.. bytes]);
    }

    /// <summary>Unpickles in the current (receiving) interpreter.</summary>
    public static PyObject Load(CrossPickled p)
    {
        var interp = ThreadState.Current.Interp;
        return new Unpickler(p.Data.ToArray(), msg => Error(interp, "UnpicklingError", msg),
            (module, name) => PickleModule.FindClass(interp, module, name)).Load();
    }

    private static PyError Error(Interpreter interp, string cls, string msg) =>
        new((PyBaseException)Ops.Call(Ops.GetAttr(interp.ImportModule("pickle"), cls), PyStr.From(msg)));

    /// <summary>
    /// The in-process carrier of a pickle between interpreters (inside a queue, between a caller and
    /// a target): immutable, of a process-wide type, holding only bytes. Receivers turn it back into
    /// an object with <see cref="Shareable.Receive"/>.
    /// </summary>
    internal sealed class Carrier(CrossPickled pickle) : PyObject(CarrierType)
    {
        private static readonly PyType CarrierType = MakeType();
        public readonly CrossPickled Pickle = pickle;

        private static PyType MakeType()
        {
            var t = new PyType(Types.Type, "pickled", [Types.Object]) { IsBaseType = false };
            t.Mro = PyType.ComputeMro(t);
            t.Attrs["__module__"] = PyStr.From("interpreters");
            t.IsImmutable = true;
            return t;
        }
    }
}
