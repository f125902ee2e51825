using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Random;

/// <summary>A generator's state: the instance layout of _random.Random and its Python subclasses.</summary>
internal sealed class PyRandomState(PyType type) : PyObject(type)
{
    public readonly MersenneTwister Mt = new();
}

/// <summary>
/// `_random` (the native generator: seed, random, getrandbits, getstate, setstate) and `random`
/// (CPython's algorithms on top of it, in Python so that they consume the generator in exactly the
/// same order). Each interpreter gets its own module, so its own hidden `_inst` generator.
/// </summary>
internal static class RandomModule
{
    public static readonly PyType RandomType = MakeType();
    public static readonly NativeModuleDef NativeDef = new("_random", (interp, m) => m.Globals.Set("Random", RandomType));
    public static readonly NativeModuleDef Def = new("random", Exec);

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "Random", [Types.Object]);
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_random");
        t.New((cls, args, kw) =>
        {
            var r = new PyRandomState(cls);
            r.Mt.Seed(Entropy());
            return r;
        });
        t.Method("seed", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("seed", args, kw, ["a", "version"], 0);
            Seed(((PyRandomState)self).Mt, a[0] ?? Py.None, a[1] == null ? 2 : Ops.IndexClamped(a[1]!));
            return Py.None;
        });
        t.Method0("random", self => new PyFloat(((PyRandomState)self).Mt.NextDouble()));
        t.Method1("getrandbits", (self, k) =>
        {
            long bits = Ops.Index(k).ToInt64();
            if (bits < 0) throw PyError.ValueError("number of bits must be non-negative");
            if (bits > int.MaxValue) throw PyError.Overflow("getrandbits: k is too large");
            return PyInt.From(((PyRandomState)self).Mt.GetRandBits((int)bits));
        });
        t.Method0("getstate", self =>
        {
            var mt = ((PyRandomState)self).Mt;
            var items = new PyObject[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.From((long)mt.State[i]);
            items[MersenneTwister.N] = PyInt.From(mt.Index);
            return new PyTuple(items);
        });
        t.Method1("setstate", (self, state) =>
        {
            if (state is not PyTuple tup) throw PyError.TypeError("state vector must be a tuple");
            if (tup.Count != MersenneTwister.N + 1) throw PyError.ValueError("state vector is the wrong size");
            var mt = ((PyRandomState)self).Mt;
            for (int i = 0; i < MersenneTwister.N; i++)
            {
                var w = Ops.Index(tup.Items[i]).AsBig;
                if (w < 0 || w > uint.MaxValue) throw PyError.Overflow("Python int too large to convert to C unsigned long");
                mt.State[i] = (uint)w;
            }
            long index = Ops.Index(tup.Items[MersenneTwister.N]).ToInt64();
            if (index < 0 || index > MersenneTwister.N) throw PyError.ValueError("invalid state");
            mt.Index = (int)index;
            return Py.None;
        });
        t.IsImmutable = true;
        return t;
    }

    private static BigInteger Entropy()
    {
        var bytes = new byte[MersenneTwister.N * 4 + 1];
        RandomNumberGenerator.Fill(bytes.AsSpan(0, bytes.Length - 1));
        return new BigInteger(bytes);
    }

    /// <summary>random.seed's conversions: None → OS entropy, str/bytes → int with their SHA-512 appended, float → hash.</summary>
    private static void Seed(MersenneTwister mt, PyObject a, long version)
    {
        switch (a)
        {
            case PySingleton when a == Py.None: mt.Seed(Entropy()); return;
            case PyInt i: mt.Seed(i.AsBig); return;
            case PyFloat: mt.Seed(Ops.Hash(a)); return;
            case PyStr or PyBytes when version == 2:
                byte[] data = a is PyStr s ? Encoding.UTF8.GetBytes(s.Value) : ((PyBytes)a).Span.ToArray();
                byte[] all = [.. data, .. SHA512.HashData(data)];
                mt.Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
                return;
            case PyStr or PyBytes:
                throw PyError.ValueError("version 1 seeding of str and bytes is not supported");
        }
        throw PyError.TypeError("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
    }

    private static void Exec(Interpreter interp, PyModule m)
    {
        m.Globals.Set("_BaseRandom", RandomType);
        ModuleKit.Fn(m, "_log", (self, a, kw) => new PyFloat(Math.Log(Num(a[0]))));
        ModuleKit.Fn(m, "_sqrt", (self, a, kw) => new PyFloat(Math.Sqrt(Num(a[0]))));
        ModuleKit.Fn(m, "_cos", (self, a, kw) => new PyFloat(Math.Cos(Num(a[0]))));
        ModuleKit.Fn(m, "_sin", (self, a, kw) => new PyFloat(Math.Sin(Num(a[0]))));
        ModuleKit.Fn(m, "_exp", (self, a, kw) => new PyFloat(Math.Exp(Num(a[0]))));
        ModuleKit.Fn(m, "_floor", (self, a, kw) => PyInt.From(new BigInteger(Math.Floor(Num(a[0])))));
        ModuleKit.Fn(m, "_le_bytes", (self, a, kw) =>
        {
            int n = (int)Ops.IndexClamped(a[1]);
            var bytes = new byte[n];
            Ops.Index(a[0]).AsBig.TryWriteBytes(bytes, out _, isUnsigned: true);
            return new PyBytes(bytes);
        });
        ModuleKit.Fn(m, "_index", (self, a, kw) => Ops.Index(a[0]));
        ModuleKit.Fn(m, "_isfinite", (self, a, kw) => Py.Bool(double.IsFinite(Num(a[0]))));
        ModuleKit.Fn(m, "_urandom_bits", (self, a, kw) =>
        {
            int k = (int)Ops.IndexClamped(a[0]);
            var bytes = new byte[(k + 7) / 8 + 1];
            RandomNumberGenerator.Fill(bytes.AsSpan(0, bytes.Length - 1));
            return PyInt.From(new BigInteger(bytes) >> ((bytes.Length - 1) * 8 - k));
        });
        ModuleKit.RunPython(interp, m, RandomPython.Source);
    }

    private static double Num(PyObject o) => o switch
    {
        PyFloat f => f.V,
        PyInt i => (double)i.AsBig,
        _ => ((PyFloat)Ops.Call(Types.Float, o)).V,
    };
}
