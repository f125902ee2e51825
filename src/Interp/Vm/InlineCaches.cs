using System.Runtime.CompilerServices;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// One inline cache: what a LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD or STORE_ATTR site found last
/// time, with the versions that prove it still holds. Code objects are shared by every
/// interpreter, so the caches live beside them: in the function (per interpreter) or, for module
/// and class bodies, in the frame.
/// </summary>
public struct SiteCache
{
    /// <summary>LOAD_GLOBAL: the globals table. Attribute sites: the receiver's exact type.</summary>
    public object? Key;
    /// <summary>LOAD_GLOBAL: the builtins table when the name was found there (absent from globals).</summary>
    public HashTable? Builtins;
    /// <summary>Attribute sites: what the type's MRO holds for the name (null: nothing).</summary>
    public PyObject? Descr;
    /// <summary>The globals table's or the type's version when the cache was filled.</summary>
    public int Version;
    public int BuiltinsVersion;
    /// <summary>LOAD_GLOBAL: the entry position. Attribute sites: where the name last sat in an instance dict.</summary>
    public int Index;
    public AttrKind Kind;
}

public enum AttrKind : byte
{
    /// <summary>Not cached: the general path runs every time.</summary>
    None,
    /// <summary>The type has nothing by that name: the instance dict answers.</summary>
    InstanceOnly,
    /// <summary>A data descriptor (property, slot, getset): it answers before the instance dict.</summary>
    Data,
    /// <summary>A non-data descriptor or a plain class attribute: the instance dict first, then it.</summary>
    NonData,
    /// <summary>LOAD_METHOD: a Python function or builtin method, called without binding.</summary>
    Method,
}

/// <summary>
/// The inline caches of one function for its current code object, and a few recycled frames of
/// that shape (a call then allocates nothing: measured ~10% on call-heavy programs).
/// </summary>
public sealed class FunctionCaches(CodeObject code)
{
    /// <summary>
    /// Entries per site: an attribute site that sees several receiver types (a method called on a
    /// class and its subclass) keeps one entry per type instead of refilling one entry each time.
    /// Site n owns entries n*Ways .. n*Ways+Ways-1; LOAD_GLOBAL uses only the first.
    /// </summary>
    public const int Ways = 4;
    public const int WaysShift = 2;

    public static SiteCache[] NewSites(CodeObject code) => new SiteCache[code.SiteCount << WaysShift];

    public readonly CodeObject Code = code;
    public readonly SiteCache[] Sites = NewSites(code);
    /// <summary>The code's instructions as the loop runs them (Quickening).</summary>
    internal readonly int[] Instrs = Quickening.For(code);
    /// <summary>Free frames, linked through Back.</summary>
    internal Frame? FreeFrames;
    internal int FreeCount;
    /// <summary>Enough for the usual recursion patterns without keeping many frames alive.</summary>
    internal const int MaxFreeFrames = 8;

    /// <summary>The function's caches, made on its first call and again if `__code__` was replaced.</summary>
    public static FunctionCaches For(PyFunction f)
    {
        var c = f.Caches;
        if (c == null || !ReferenceEquals(c.Code, f.Code)) f.Caches = c = new FunctionCaches(f.Code);
        return c;
    }

    /// <summary>A returned frame that nothing else can see goes back to its function's pool.</summary>
    internal static void Recycle(Frame f)
    {
        var c = f.Func!.Caches;
        if (c == null || !ReferenceEquals(c.Code, f.Code) || c.FreeCount >= MaxFreeFrames) return;
        f.Reset();
        f.Back = c.FreeFrames;
        c.FreeFrames = f;
        c.FreeCount++;
    }
}

// The cached paths of the dispatch loop. Each hit is validated by a version; a miss runs the
// general path (Ops) and refills the cache, so a cache can only ever repeat an answer the general
// path would give now.
public sealed partial class ThreadState
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobalCached(Frame f, ref SiteCache c)
    {
        var g = f.Globals.Table;
        if (!ReferenceEquals(c.Key, g) || g.Version != c.Version) return null;
        var b = c.Builtins;
        if (b == null) return g.ValueAt(c.Index);
        return ReferenceEquals(b, f.Builtins.Table) && b.Version == c.BuiltinsVersion ? b.ValueAt(c.Index) : null;
    }

    /// <summary>LOAD_GLOBAL's miss: looks the name up in globals, then builtins, and remembers where it was.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadGlobalMiss(Frame f, PyStr key, ref SiteCache c)
    {
        long h = key.Hash();
        var g = f.Globals.Table;
        var b = f.Builtins.Table;
        // A non-str key's __eq__ could change a table during Find: then the position is not cached.
        int gv = g.Version, bv = b.Version;
        int ix = g.Find(key, h);
        if (ix >= 0)
        {
            if (g.Version == gv) c = new SiteCache { Key = g, Version = gv, Index = ix };
            return g.ValueAt(ix);
        }
        ix = b.Find(key, h);
        if (ix < 0) return null;
        if (g.Version == gv && b.Version == bv)
            c = new SiteCache { Key = g, Version = gv, Builtins = b, BuiltinsVersion = bv, Index = ix };
        return b.ValueAt(ix);
    }

    /// <summary>The name's value in an instance dict, trying the position it had last time first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? InstanceDictGet(PyDict? d, PyStr name, ref int hint)
    {
        if (d == null) return null;
        var t = d.Table;
        int h = hint;
        if ((uint)h < (uint)t.End && t.KeyAt(h) is PyStr k && (ReferenceEquals(k, name) || (k.Type == Types.Str && k.Value == name.Value)))
            return t.ValueAt(h);
        if (t.Count == 0) return null;
        int ix = t.Find(name, name.Hash());
        if (ix < 0) return null;
        hint = ix;
        return t.ValueAt(ix);
    }

    /// <summary>
    /// The entry of a polymorphic attribute site for receivers of type <paramref name="t"/>: the
    /// one that holds t already (perhaps stale), else a free one, else the last (the first entries
    /// keep the types seen first; a megamorphic site churns only its last entry).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ref SiteCache WayFor(SiteCache[] sites, int first, PyType t)
    {
        int end = first + FunctionCaches.Ways;
        for (int i = first; i < end; i++)
            if (ReferenceEquals(sites[i].Key, t)) return ref sites[i];
        for (int i = first; i < end; i++)
            if (sites[i].Key == null) return ref sites[i];
        return ref sites[end - 1];
    }

    /// <summary>LOAD_ATTR when the site's first entry does not answer: the receiver type's own entry, refilled on a miss.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadAttrPoly(PyObject o, CodeObject code, int arg, SiteCache[] sites, int site)
    {
        ref var w = ref WayFor(sites, site, o.Type);
        return LoadAttrCached(o, code.NameStrs[arg], ref w) ?? LoadAttrMiss(o, code.Names[arg], ref w);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadMethodPoly(PyObject o, CodeObject code, int arg, SiteCache[] sites, int site, out PyObject? attr)
    {
        ref var w = ref WayFor(sites, site, o.Type);
        if (LoadMethodCached(o, code.NameStrs[arg], ref w, out var m, out attr)) return m;
        return LoadMethodMiss(o, code.Names[arg], ref w, out attr);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreAttrPoly(PyObject o, CodeObject code, int arg, PyObject v, SiteCache[] sites, int site)
    {
        ref var w = ref WayFor(sites, site, o.Type);
        if (!StoreAttrCached(o, code.NameStrs[arg], v, ref w)) StoreAttrMiss(o, code.Names[arg], v, ref w);
    }

    /// <summary>LOAD_ATTR on a cached site; null when the cache does not apply (or the attribute is missing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadAttrCached(PyObject o, PyStr name, ref SiteCache c)
    {
        var t = o.Type;
        if (!ReferenceEquals(c.Key, t) || t.Version != c.Version) return null;
        switch (c.Kind)
        {
            case AttrKind.InstanceOnly: return InstanceDictGet(o.Dict, name, ref c.Index);
            case AttrKind.Data: return Ops.BindDescriptor(c.Descr!, o, t);
            case AttrKind.NonData:
            case AttrKind.Method:
                return InstanceDictGet(o.Dict, name, ref c.Index) ?? Ops.BindDescriptor(c.Descr!, o, t);
        }
        return null;
    }

    /// <summary>
    /// When a cached data-descriptor site holds a property whose getter is a Python function: the
    /// getter's frame, its argument the receiver on top of the stack (cleared), to run in the loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame? GetterFrame(PyObject o, ref SiteCache c, Slot[] stack, int sp)
    {
        var t = o.Type;
        if (!ReferenceEquals(c.Key, t) || t.Version != c.Version || c.Descr is not PyProperty { FGet: PyFunction g } || g.Code.IsGenerator)
            return null;
        var nf = FrameFromStack(g, stack, sp - 1, 1, null);
        stack[sp - 1].O = null;
        return nf;
    }

    /// <summary>
    /// `a op b` (the operands at stack[sp-1] and stack[sp], both cleared) as a frame of the Python
    /// `__op__` to run in the loop (Ops.InlineBinaryDunder says when), or null.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame? BinaryDunderFrame(PyObject a, PyObject b, int arg, Slot[] stack, int sp)
    {
        if (Ops.InlineBinaryDunder(a, b, arg) is not { } dunder) return null;
        var nf = FrameFromStack(dunder, stack, sp - 1, 2, null);
        nf.InlineBinaryType = a.Type;
        nf.InlineBinaryArg = arg;
        stack[sp].O = null;
        stack[sp - 1].O = null;
        return nf;
    }

    /// <summary>The caller's TypeError when an inline `__op__` frame returned NotImplemented.</summary>
    private static PyBaseException BinaryNotImplemented(Frame f) =>
        Ops.BinaryUnsupported(f.InlineBinaryType!, f.InlineBinaryType!, (Syntax.BinOpKind)(f.InlineBinaryArg & 15), f.InlineBinaryArg < 16 ? null : "=").Exc;

    /// <summary>
    /// Classifies an attribute site for the receiver's type: cacheable when the type uses
    /// object.__getattribute__ without __getattr__, and whatever its MRO holds for the name has a
    /// builtin type (so whether it is a data descriptor cannot change without a version change).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillAttrCache(PyObject o, string name, ref SiteCache c, bool forMethod)
    {
        var t = o.Type;
        if (c.Kind == AttrKind.None && ReferenceEquals(c.Key, t) && c.Version == t.Version) return;   // known uncacheable
        c = new SiteCache { Key = t, Version = t.Version, Index = c.Index };
        if (o is PyType || t.GetAttributeSlot != Ops.ObjectGetAttribute || t.Lookup("__getattr__") != null) return;
        var descr = t.Lookup(name);
        c.Descr = descr;
        if (descr == null) c.Kind = AttrKind.InstanceOnly;
        else if (!descr.Type.IsImmutable) c.Kind = AttrKind.None;
        else if (forMethod && (descr is PyFunction || (descr is PyMethodDescriptor md && t.IsSubtypeOf(md.Owner)))) c.Kind = AttrKind.Method;
        else if (Ops.IsDataDescriptor(descr))
            c.Kind = descr is PyGetSet or PyProperty or PyMemberSlot ? AttrKind.Data : AttrKind.None;
        else c.Kind = AttrKind.NonData;
    }

    /// <summary>
    /// LOAD_ATTR's miss. Null means AttributeError, raised by the loop without a .NET exception;
    /// only where no __getattr__ could answer (a cacheable site), since a hook's own error must stand.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadAttrMiss(PyObject o, string name, ref SiteCache c)
    {
        FillAttrCache(o, name, ref c, forMethod: false);
        return c.Kind == AttrKind.None ? Ops.GetAttr(o, name) : Ops.GetAttrOrNull(o, name);
    }

    /// <summary>
    /// LOAD_METHOD on a cached site: true with the unbound function in `method` when the call can
    /// pass the receiver as self; true with `method` null when the attribute (in `attr`) must be
    /// called as it is; false when the cache does not apply.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LoadMethodCached(PyObject o, PyStr name, ref SiteCache c, out PyObject? method, out PyObject? attr)
    {
        method = null; attr = null;
        var t = o.Type;
        if (!ReferenceEquals(c.Key, t) || t.Version != c.Version) return false;
        if (c.Kind == AttrKind.Method)
        {
            // An instance attribute of the same name shadows the method.
            var shadow = InstanceDictGet(o.Dict, name, ref c.Index);
            if (shadow != null) { attr = shadow; return true; }
            method = c.Descr;
            return true;
        }
        attr = LoadAttrCached(o, name, ref c);
        return attr != null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadMethodMiss(PyObject o, string name, ref SiteCache c, out PyObject? attr)
    {
        FillAttrCache(o, name, ref c, forMethod: true);
        var m = LookupMethod(o, name);
        attr = m == null ? Ops.GetAttr(o, name) : null;
        return m;
    }

    /// <summary>STORE_ATTR on a cached site: true when stored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StoreAttrCached(PyObject o, PyStr name, PyObject v, ref SiteCache c)
    {
        var t = o.Type;
        if (!ReferenceEquals(c.Key, t) || t.Version != c.Version) return false;
        if (c.Kind == AttrKind.InstanceOnly || c.Kind == AttrKind.NonData)
        {
            var d = o.Dict;
            if (d == null) return false;
            var table = d.Table;
            int h = c.Index;
            if ((uint)h < (uint)table.End && table.KeyAt(h) is PyStr k && (ReferenceEquals(k, name) || (k.Type == Types.Str && k.Value == name.Value)))
            {
                table.SetValueAt(h, v);
                return true;
            }
            long hash = name.Hash();
            table.Set(name, hash, v);
            c.Index = table.Find(name, hash);
            return true;
        }
        if (c.Kind == AttrKind.Data && c.Descr is PyMemberSlot ms) { ms.Set(o, v); return true; }
        return false;
    }

    /// <summary>
    /// Classifies a STORE_ATTR site: cacheable when the type keeps object.__setattr__ and the name
    /// is not a data descriptor (the instance dict takes the value), or is a `__slots__` member.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreAttrMiss(PyObject o, string name, PyObject v, ref SiteCache c)
    {
        var t = o.Type;
        if (c.Kind == AttrKind.None && ReferenceEquals(c.Key, t) && c.Version == t.Version) { Ops.SetAttr(o, name, v); return; }
        c = new SiteCache { Key = t, Version = t.Version, Index = c.Index };
        if (o is not PyType && o is not PyModule && t.Lookup("__setattr__") == Ops.ObjectSetAttr)
        {
            var descr = t.Lookup(name);
            c.Descr = descr;
            if (descr == null) c.Kind = AttrKind.InstanceOnly;
            else if (!descr.Type.IsImmutable) c.Kind = AttrKind.None;
            else if (descr is PyMemberSlot) c.Kind = AttrKind.Data;
            else if (!Ops.IsDataDescriptor(descr)) c.Kind = AttrKind.NonData;
        }
        Ops.SetAttr(o, name, v);
    }
}
