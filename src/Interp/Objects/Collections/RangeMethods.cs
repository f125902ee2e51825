using System.Numerics;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class RangeMethods
{
    private static PyRange R(PyObject o) => (PyRange)o;

    private static PyInt IndexArg(PyObject o) =>
        o is PyInt i ? IntMethods.AsExactInt(i) :
        o.Type.Lookup("__index__") != null ? Ops.Index(o) :
        throw PyError.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    /// <summary>slice.indices for a length beyond long (huge ranges), with CPython's clamping.</summary>
    private static (BigInteger start, BigInteger stop, BigInteger step) BigSliceIndices(PySlice sl, BigInteger n)
    {
        BigInteger step = sl.Step == Py.None ? BigInteger.One : Ops.Index(sl.Step).AsBig;
        if (step.IsZero) throw PyError.ValueError("slice step cannot be zero");
        BigInteger lower = step < 0 ? BigInteger.MinusOne : BigInteger.Zero, upper = step < 0 ? n - 1 : n;
        BigInteger Clamp(PyObject o, BigInteger dflt)
        {
            if (o == Py.None) return dflt;
            var v = Ops.Index(o).AsBig;
            if (v < 0) { v += n; return v < lower ? lower : v; }
            return v > upper ? upper : v;
        }
        return (Clamp(sl.Start, step < 0 ? upper : lower), Clamp(sl.Stop, step < 0 ? lower : upper), step);
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("range", kw);
            if (args.Length == 0) throw PyError.TypeError("range expected at least 1 argument, got 0");
            if (args.Length > 3) throw PyError.TypeError($"range expected at most 3 arguments, got {args.Length}");
            if (args.Length == 1) return new PyRange(PyInt.From(0), IndexArg(args[0]), PyInt.From(1));
            var step = args.Length == 3 ? IndexArg(args[2]) : PyInt.From(1);
            if (step.IsZero) throw PyError.ValueError("range() arg 3 must not be zero");
            return new PyRange(IndexArg(args[0]), IndexArg(args[1]), step);
        });
        t.Method0("__repr__", self =>
        {
            var r = R(self);
            return PyStr.From(r.Step.AsBig == 1 ? $"range({r.Start.ToDecimalString()}, {r.Stop.ToDecimalString()})"
                : $"range({r.Start.ToDecimalString()}, {r.Stop.ToDecimalString()}, {r.Step.ToDecimalString()})");
        });
        t.Method0("__len__", self =>
        {
            var n = R(self).Length();
            if (n > long.MaxValue) throw PyError.Overflow("Python int too large to convert to C ssize_t");
            return PyInt.From(n);
        });
        t.Method0("__iter__", self =>
        {
            var r = R(self);
            var n = r.Length();
            if (r.IsSmall && n <= long.MaxValue) return new PyRangeIterator(r.Start.V, r.Step.V, (long)n);
            BigInteger cur = r.Start.AsBig, left = n, step = r.Step.AsBig;
            return new PyFuncIterator(Types.RangeIterator, () =>
            {
                if (left <= 0) return null;
                left--;
                var v = cur;
                cur += step;
                return PyInt.From(v);
            });
        });
        t.Method0("__reversed__", self =>
        {
            var r = R(self);
            var n = r.Length();
            var last = r.Start.AsBig + (n - 1) * r.Step.AsBig;
            if (n <= long.MaxValue && last >= long.MinValue && last <= long.MaxValue && r.IsSmall)
                return new PyRangeIterator((long)last, -r.Step.V, (long)n);
            throw PyError.Overflow("range too large to reverse");
        });
        t.Method1("__contains__", (self, x) => Py.Bool(Contains(R(self), x)));
        t.Method1("__getitem__", (self, key) =>
        {
            var r = R(self);
            var n = r.Length();
            if (key is PySlice sl)
            {
                var st = r.Start.AsBig; var sp = r.Step.AsBig;
                if (n > long.MaxValue / 4)
                {
                    var (bStart, bStop, bStep) = BigSliceIndices(sl, n);
                    return new PyRange(PyInt.From(st + bStart * sp), PyInt.From(st + bStop * sp), PyInt.From(sp * bStep));
                }
                var (start, stop, step, _) = sl.Indices((long)n);
                return new PyRange(PyInt.From(st + start * sp), PyInt.From(st + stop * sp), PyInt.From(sp * step));
            }
            if (key is not PyInt && key.Type.Lookup("__index__") == null)
                throw PyError.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
            var i = Ops.Index(key).AsBig;
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw PyError.IndexError("range object index out of range");
            return PyInt.From(r.Start.AsBig + i * r.Step.AsBig);
        });
        // As CPython: equal ranges hash alike, so empty ranges ignore start/step and 1-element ranges ignore step.
        t.Method0("__hash__", self =>
        {
            var r = R(self);
            var n = PyInt.From(r.Length());
            PyObject start = n.IsZero ? Py.None : r.Start, step = n.IsZero || (!n.IsBig && n.V == 1) ? Py.None : r.Step;
            return PyInt.From(Ops.Hash(PyTuple.Of(n, start, step)));
        });
        t.Binary("__eq__", (a, b) => b is PyRange rb ? Py.Bool(Same(R(a), rb)) : Py.NotImplemented);
        t.Binary("__ne__", (a, b) => b is PyRange rb ? Py.Bool(!Same(R(a), rb)) : Py.NotImplemented);
        t.Getter("start", self => R(self).Start);
        t.Getter("stop", self => R(self).Stop);
        t.Getter("step", self => R(self).Step);
        t.Method1("count", (self, x) => PyInt.From(Contains(R(self), x) ? 1 : 0));
        t.Method1("index", (self, x) =>
        {
            var r = R(self);
            if (!Contains(r, x)) throw PyError.ValueError($"{Ops.ReprString(x)} is not in range");
            return PyInt.From((((PyInt)x).AsBig - r.Start.AsBig) / r.Step.AsBig);
        });
    }

    private static bool Same(PyRange a, PyRange b)
    {
        var n = a.Length();
        if (n != b.Length()) return false;
        if (n == 0) return true;
        if (a.Start.AsBig != b.Start.AsBig) return false;
        return n == 1 || a.Step.AsBig == b.Step.AsBig;
    }

    private static bool Contains(PyRange r, PyObject x)
    {
        if (x is not PyInt i || x.Type != Types.Int && x.Type != Types.Bool)
        {
            foreach (var v in Ops.ToList(r)) if (Ops.EqBool(v, x)) return true;
            return false;
        }
        var v2 = i.AsBig; var st = r.Start.AsBig; var sp = r.Stop.AsBig; var sg = r.Step.AsBig;
        if (sg > 0 ? (v2 < st || v2 >= sp) : (v2 > st || v2 <= sp)) return false;
        return BigInteger.Remainder(v2 - st, sg).IsZero;
    }
}

public static class SliceMethods
{
    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("slice", kw);
            if (args.Length == 0) throw PyError.TypeError("slice expected at least 1 argument, got 0");
            if (args.Length > 3) throw PyError.TypeError($"slice expected at most 3 arguments, got {args.Length}");
            return args.Length == 1 ? new PySlice(Py.None, args[0], Py.None)
                : new PySlice(args[0], args[1], args.Length == 3 ? args[2] : Py.None);
        });
        t.Method0("__repr__", self =>
        {
            var s = (PySlice)self;
            return PyStr.From($"slice({Ops.ReprString(s.Start)}, {Ops.ReprString(s.Stop)}, {Ops.ReprString(s.Step)})");
        });
        t.Getter("start", self => ((PySlice)self).Start);
        t.Getter("stop", self => ((PySlice)self).Stop);
        t.Getter("step", self => ((PySlice)self).Step);
        t.Method1("indices", (self, n) =>
        {
            var len = Ops.Index(n);
            if (len.Sign < 0) throw PyError.ValueError("length should not be negative");
            var (a, b, c, _) = ((PySlice)self).Indices(len.V);
            return PyTuple.Of(PyInt.From(a), PyInt.From(b), PyInt.From(c));
        });
        t.Binary("__eq__", (a, b) => b is PySlice sb
            ? Seq.Compare([((PySlice)a).Start, ((PySlice)a).Stop, ((PySlice)a).Step], [sb.Start, sb.Stop, sb.Step], CompareOp.Eq)
            : Py.NotImplemented);
        // Slices are hashable since 3.12, hashed like the tuple of their three fields.
        t.Method0("__hash__", self => PyInt.From(Ops.Hash(PyTuple.Of(((PySlice)self).Start, ((PySlice)self).Stop, ((PySlice)self).Step))));
    }
}
