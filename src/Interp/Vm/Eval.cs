using System.Runtime.CompilerServices;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// The dispatch loop. Python→Python calls push a heap frame and continue in the same loop; only
/// native code calling back into Python re-enters Run (guarded by the native stack probe).
/// Exceptions raised by Python code stay VM state (no .NET throw); those thrown by native code are
/// caught once in Run (Run.cs) and unwound through the exception table like the others.
/// </summary>
public sealed partial class ThreadState
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject Pop(Slot[] stack, ref int sp) => stack[--sp].O!;

    /// <summary>
    /// Executes instructions of the current frame chain. Returns the value when the entry frame
    /// returns or yields; returns null with `pending` set when a Python-level exception must unwind.
    /// </summary>
    private PyObject? Dispatch(Frame entry, out PyBaseException? pending)
    {
        pending = null;
        var f = Frame!;
        var code = f.Code;
        int[] instrs = f.Instrs;
        var consts = code.Consts;
        long fusedNext;
        var stack = f.Stack;
        var fast = f.Fast;
        var sites = f.Sites;
        int sp = f.Sp;
        int ip = f.Ip;
        while (true)
        {
            int word = instrs[ip];
            int arg = word >> 8;
            f.Lasti = ip++;
            switch ((OpCode)(word & 0xFF))
            {
                // Superinstructions (Vm/Quickening.cs): the fast path in FusedOps.Execute, else the
                // original first instruction, whose word also replaces the fused one for good (a
                // site that sees strs stops paying for the guard). They come first in the switch:
                // a `goto case` that jumps backwards in a method this big grows its native frame
                // (~1 KB in Debug), which every native re-entry of the loop pays for.
                case OpCode.BinaryFastFast:
                case OpCode.BinaryFastFastStore:
                case OpCode.BinaryFastConst:
                case OpCode.BinaryFastConstStore:
                case OpCode.SubscrFastConst:
                case OpCode.CompareFastFastJump:
                case OpCode.CompareFastConstJump:
                case OpCode.BinaryTopFast:
                case OpCode.CompareTopFastJump:
                    fusedNext = FusedOps.Execute(word, ip, sp, instrs, stack, fast, consts);
                    if (fusedNext < 0) { instrs[ip - 1] = code.Instructions[ip - 1]; goto case OpCode.LoadFastCheck; }
                    ip = (int)(fusedNext >> 32);
                    sp = (int)fusedNext;
                    break;
                case OpCode.BinaryTopConst:
                case OpCode.CompareTopConstJump:
                    fusedNext = FusedOps.Execute(word, ip, sp, instrs, stack, fast, consts);
                    if (fusedNext < 0) { instrs[ip - 1] = code.Instructions[ip - 1]; goto case OpCode.LoadConst; }
                    ip = (int)(fusedNext >> 32);
                    sp = (int)fusedNext;
                    break;
                case OpCode.BinaryStore:
                    fusedNext = FusedOps.Execute(word, ip, sp, instrs, stack, fast, consts);
                    if (fusedNext < 0) { instrs[ip - 1] = code.Instructions[ip - 1]; goto case OpCode.BinaryOp; }
                    ip = (int)(fusedNext >> 32);
                    sp = (int)fusedNext;
                    break;
                case OpCode.CompareJump:
                    fusedNext = FusedOps.Execute(word, ip, sp, instrs, stack, fast, consts);
                    if (fusedNext < 0) { instrs[ip - 1] = code.Instructions[ip - 1]; goto case OpCode.CompareOp; }
                    ip = (int)(fusedNext >> 32);
                    sp = (int)fusedNext;
                    break;

                case OpCode.Nop: break;
                case OpCode.PopTop: stack[--sp].O = null; break;
                case OpCode.PushNull: stack[sp++].O = null; break;
                case OpCode.Copy: stack[sp].O = stack[sp - arg].O; sp++; break;
                case OpCode.Swap: (stack[sp - 1].O, stack[sp - arg].O) = (stack[sp - arg].O, stack[sp - 1].O); break;
                case OpCode.LoadConst: stack[sp++].O = consts[arg]; break;

                case OpCode.LoadFast: stack[sp++].O = fast[arg].O; break;
                case OpCode.LoadFastCheck:
                {
                    var v = fast[arg].O;
                    if (v == null) { f.Sp = sp; pending = Unbound(code, arg); goto error; }
                    stack[sp++].O = v;
                    break;
                }
                case OpCode.StoreFast: fast[arg].O = stack[--sp].O; break;
                case OpCode.DeleteFast:
                    if (fast[arg].O == null) { pending = Unbound(code, arg); goto error; }
                    fast[arg].O = null;
                    break;
                case OpCode.MakeCell: fast[arg].O = new PyCell(fast[arg].O); break;
                case OpCode.CopyFreeVars:
                {
                    var closure = f.Func!.Closure!;
                    int start = code.LocalsCount - arg;
                    for (int i = 0; i < arg; i++) fast[start + i].O = closure[i];
                    break;
                }
                case OpCode.LoadDeref:
                {
                    var v = ((PyCell)fast[arg].O!).Value;
                    if (v == null) { pending = FreeUnbound(code, arg); goto error; }
                    stack[sp++].O = v;
                    break;
                }
                case OpCode.StoreDeref: ((PyCell)fast[arg].O!).Value = stack[--sp].O; break;
                case OpCode.DeleteDeref:
                {
                    var cell = (PyCell)fast[arg].O!;
                    if (cell.Value == null) { pending = FreeUnbound(code, arg); goto error; }
                    cell.Value = null;
                    break;
                }
                case OpCode.LoadClosure: stack[sp++].O = fast[arg].O; break;
                case OpCode.LoadFromDictOrDeref:
                {
                    var mapping = stack[--sp].O!;
                    var v = LocalsGet(mapping, code.LocalNames[arg]) ?? ((PyCell)fast[arg].O!).Value;
                    if (v == null) { pending = FreeUnbound(code, arg); goto error; }
                    stack[sp++].O = v;
                    break;
                }
                case OpCode.LoadFromDictOrGlobals:
                {
                    var mapping = stack[--sp].O!;
                    string name = code.Names[arg];
                    var v = LocalsGet(mapping, name) ?? LoadGlobal(f, name);
                    if (v == null) { pending = NameNotDefined(name); goto error; }
                    stack[sp++].O = v;
                    break;
                }
                case OpCode.LoadName:
                {
                    string name = code.Names[arg];
                    var v = LocalsGet(f.Locals!, name) ?? LoadGlobal(f, name);
                    if (v == null) { pending = NameNotDefined(name); goto error; }
                    stack[sp++].O = v;
                    break;
                }
                case OpCode.StoreName:
                {
                    var v = stack[--sp].O!;
                    if (f.Locals is PyDict d && d.Type == Types.Dict) d.Set(code.NameStrs[arg], v);
                    else Ops.SetItem(f.Locals!, code.NameStrs[arg], v);
                    break;
                }
                case OpCode.DeleteName:
                {
                    var key = code.NameStrs[arg];
                    if (f.Locals is PyDict d && d.Type == Types.Dict)
                    {
                        if (d.Remove(key) == null) { pending = NameNotDefined(code.Names[arg]); goto error; }
                    }
                    else Ops.DelItem(f.Locals!, key);
                    break;
                }
                case OpCode.LoadGlobal:
                {
                    ref var c = ref sites[code.SiteOf[ip - 1] << FunctionCaches.WaysShift];
                    var v = LoadGlobalCached(f, ref c) ?? LoadGlobalMiss(f, code.NameStrs[arg], ref c);
                    if (v == null) { pending = NameNotDefined(code.Names[arg]); goto error; }
                    stack[sp++].O = v;
                    break;
                }
                case OpCode.StoreGlobal: f.Globals.Set(code.NameStrs[arg], stack[--sp].O!); break;
                case OpCode.DeleteGlobal:
                    if (f.Globals.Remove(code.NameStrs[arg]) == null) { pending = NameNotDefined(code.Names[arg]); goto error; }
                    break;
                case OpCode.LoadLocals: stack[sp++].O = f.Locals!; break;
                case OpCode.LoadBuildClass: stack[sp++].O = Interp.BuildClassFunction; break;
                case OpCode.SetupAnnotations:
                    if (LocalsGet(f.Locals!, "__annotations__") == null)
                        Ops.SetItem(f.Locals!, PyStr.From("__annotations__"), new PyDict());
                    break;

                case OpCode.LoadAttr:
                {
                    var o = stack[sp - 1].O!;
                    int site = code.SiteOf[ip - 1] << FunctionCaches.WaysShift;
                    if (sites[site].Kind == AttrKind.Data && GetterFrame(o, ref sites[site], stack, sp) is { } nf)
                    {
                        f.Sp = --sp; f.Ip = ip;
                        PushFrame(nf);
                        f = nf; code = nf.Code; consts = code.Consts; instrs = f.Instrs; stack = nf.Stack; fast = nf.Fast; sites = nf.Sites; sp = 0; ip = 0;
                        break;
                    }
                    var v = LoadAttrCached(o, code.NameStrs[arg], ref sites[site]) ?? LoadAttrPoly(o, code, arg, sites, site);
                    if (v == null) { pending = Ops.AttributeMissing(o, code.Names[arg]).Exc; goto error; }
                    stack[sp - 1].O = v;
                    break;
                }
                case OpCode.LoadMethod:
                {
                    var o = stack[sp - 1].O!;
                    int site = code.SiteOf[ip - 1] << FunctionCaches.WaysShift;
                    PyObject? m, attr;
                    if (!LoadMethodCached(o, code.NameStrs[arg], ref sites[site], out m, out attr))
                        m = LoadMethodPoly(o, code, arg, sites, site, out attr);
                    if (m != null) { stack[sp - 1].O = m; stack[sp++].O = o; }
                    else { stack[sp - 1].O = attr; stack[sp++].O = null; }
                    break;
                }
                case OpCode.StoreAttr:
                {
                    var o = stack[--sp].O!;
                    var v = stack[--sp].O!;
                    int site = code.SiteOf[ip - 1] << FunctionCaches.WaysShift;
                    if (!StoreAttrCached(o, code.NameStrs[arg], v, ref sites[site])) StoreAttrPoly(o, code, arg, v, sites, site);
                    break;
                }
                case OpCode.DeleteAttr: Ops.DelAttr(stack[--sp].O!, code.Names[arg]); break;
                case OpCode.BinaryOp:
                {
                    var b = stack[--sp].O!;
                    var a = stack[sp - 1].O!;
                    var kind = (BinOpKind)(arg & 15);
                    var r = FastArith.Binary(a, b, kind);
                    if (r == null)
                    {
                        if (FastArith.ZeroDivisionMessage(a, b, kind) is { } zmsg) { pending = PyError.ZeroDivision(zmsg).Exc; goto error; }
                        if (BinaryDunderFrame(a, b, arg, stack, sp) is { } nf)
                        {
                            f.Sp = --sp; f.Ip = ip;
                            PushFrame(nf);
                            f = nf; code = nf.Code; consts = code.Consts; instrs = f.Instrs; stack = nf.Stack; fast = nf.Fast; sites = nf.Sites; sp = 0; ip = 0;
                            break;
                        }
                        r = arg < 16 ? Ops.Binary(a, b, kind) : Ops.InPlace(a, b, kind);
                    }
                    stack[sp - 1].O = r;
                    break;
                }
                case OpCode.UnaryNegative: stack[sp - 1].O = Ops.Negative(stack[sp - 1].O!); break;
                case OpCode.UnaryPositive: stack[sp - 1].O = Ops.Positive(stack[sp - 1].O!); break;
                case OpCode.UnaryInvert: stack[sp - 1].O = Ops.Invert(stack[sp - 1].O!); break;
                case OpCode.UnaryNot: stack[sp - 1].O = Py.Bool(!Ops.IsTrue(stack[sp - 1].O!)); break;
                case OpCode.ToBool: stack[sp - 1].O = Py.Bool(Ops.IsTrue(stack[sp - 1].O!)); break;
                case OpCode.CompareOp:
                {
                    var b = stack[--sp].O!;
                    var a = stack[sp - 1].O!;
                    int cmp = FastArith.Compare(a, b, (CompareOp)arg);
                    stack[sp - 1].O = cmp >= 0 ? Py.Bool(cmp != 0) : Ops.RichCompare(a, b, (CompareOp)arg);
                    break;
                }
                case OpCode.IsOp:
                {
                    var b = stack[--sp].O;
                    stack[sp - 1].O = Py.Bool(ReferenceEquals(stack[sp - 1].O, b) ^ (arg == 1));
                    break;
                }
                case OpCode.ContainsOp:
                {
                    var container = stack[--sp].O!;
                    stack[sp - 1].O = Py.Bool(Ops.Contains(container, stack[sp - 1].O!) ^ (arg == 1));
                    break;
                }

                case OpCode.BinarySubscr:
                {
                    var key = stack[--sp].O!;
                    var container = stack[sp - 1].O!;
                    var item = FastItems.GetItem(container, key);
                    if (item == null)
                    {
                        // Lookup failures of exact dicts, lists and tuples are raised as Python state (no .NET throw).
                        if (container.Type == Types.Dict)
                        {
                            item = ((PyDict)container).Table.Get(key);
                            if (item == null) { pending = PyError.KeyError(key).Exc; goto error; }
                        }
                        else if (FastItems.OutOfRange(container, key) is { } imsg) { pending = PyError.IndexError(imsg).Exc; goto error; }
                        else item = Ops.GetItem(container, key);
                    }
                    stack[sp - 1].O = item;
                    break;
                }
                case OpCode.StoreSubscr:
                {
                    var key = stack[--sp].O!;
                    var container = stack[--sp].O!;
                    var v = stack[--sp].O!;
                    if (container is PyList l && key is PyInt ki && container.Type == Types.List && !ki.IsBig)
                    {
                        long i = ki.V < 0 ? ki.V + l.Count : ki.V;
                        if ((ulong)i >= (ulong)l.Count) throw PyError.IndexError("list assignment index out of range");
                        FastItems.Store(l.Items, (int)i, v);
                    }
                    else if (container is PyDict d && container.Type == Types.Dict) d.Set(key, v);
                    else Ops.SetItem(container, key, v);
                    break;
                }
                case OpCode.DeleteSubscr:
                {
                    var key = stack[--sp].O!;
                    Ops.DelItem(stack[--sp].O!, key);
                    break;
                }
                case OpCode.BuildSlice:
                {
                    PyObject step = arg == 3 ? stack[--sp].O! : Py.None;
                    var stop = stack[--sp].O!;
                    stack[sp - 1].O = new PySlice(stack[sp - 1].O!, stop, step);
                    break;
                }

                case OpCode.BuildTuple:
                {
                    var items = arg == 0 ? [] : new PyObject[arg];
                    for (int i = arg - 1; i >= 0; i--) FastItems.Store(items, i, stack[--sp].O!);
                    stack[sp++].O = arg == 0 ? PyTuple.Empty : new PyTuple(items);
                    break;
                }
                case OpCode.BuildList:
                {
                    var items = new PyObject[arg];
                    for (int i = arg - 1; i >= 0; i--) FastItems.Store(items, i, stack[--sp].O!);
                    stack[sp++].O = new PyList(items);
                    break;
                }
                case OpCode.BuildSet:
                {
                    var s = new PySet(Types.Set);
                    for (int i = sp - arg; i < sp; i++) s.Add(stack[i].O!);
                    sp -= arg;
                    stack[sp++].O = s;
                    break;
                }
                case OpCode.BuildMap:
                {
                    var d = new PyDict();
                    for (int i = sp - 2 * arg; i < sp; i += 2) d.Set(stack[i].O!, stack[i + 1].O!);
                    sp -= 2 * arg;
                    stack[sp++].O = d;
                    break;
                }
                case OpCode.BuildString:
                {
                    var sb = new System.Text.StringBuilder();
                    for (int i = sp - arg; i < sp; i++) sb.Append(((PyStr)stack[i].O!).Value);
                    sp -= arg;
                    stack[sp++].O = PyStr.From(sb.ToString());
                    break;
                }
                case OpCode.ListAppend: ((PyList)stack[sp - 1 - arg].O!).Append(stack[--sp].O!); break;
                case OpCode.SetAdd: ((PySet)stack[sp - 1 - arg].O!).Add(stack[--sp].O!); break;
                case OpCode.MapAdd:
                {
                    var v = stack[--sp].O!;
                    var k = stack[--sp].O!;
                    ((PyDict)stack[sp - arg].O!).Set(k, v);
                    break;
                }
                case OpCode.ListExtend:
                {
                    var it = stack[--sp].O!;
                    // Bit 8 marks `f(*it)`: errors name the callable (below NULL and the list).
                    int depth = arg & 0xFF;
                    ListExtendChecked((PyList)stack[sp - depth].O!, it, (arg & 0x100) != 0 ? stack[sp - depth - 2].O : null);
                    break;
                }
                case OpCode.SetUpdate:
                {
                    var it = stack[--sp].O!;
                    ((PySet)stack[sp - arg].O!).Update(it);
                    break;
                }
                case OpCode.DictUpdate:
                {
                    var src = stack[--sp].O!;
                    DictUpdate((PyDict)stack[sp - arg].O!, src, null);
                    break;
                }
                case OpCode.DictMerge:
                {
                    var src = stack[--sp].O!;
                    DictUpdate((PyDict)stack[sp - arg].O!, src, stack[sp - arg - 3].O!);
                    break;
                }
                case OpCode.ListToTuple: stack[sp - 1].O = PyTuple.Of(((PyList)stack[sp - 1].O!).ToArray()); break;
                case OpCode.UnpackSequence:
                {
                    var seq = stack[--sp].O!;
                    UnpackSequence(seq, arg, stack, sp);
                    sp += arg;
                    break;
                }
                case OpCode.UnpackEx:
                {
                    var seq = stack[--sp].O!;
                    int before = arg & 0xFF, after = arg >> 8;
                    UnpackEx(seq, before, after, stack, sp);
                    sp += before + after + 1;
                    break;
                }

                case OpCode.Jump: ip = arg; break;
                case OpCode.JumpBackward:
                    ip = arg;
                    if (--Budget <= 0) { f.Sp = sp; f.Ip = ip; BudgetTick(); }
                    break;
                case OpCode.PopJumpIfFalse:
                {
                    var v = stack[--sp].O!;
                    if (v == PyInt.False || (v != PyInt.True && !Ops.IsTrue(v))) ip = arg;
                    break;
                }
                case OpCode.PopJumpIfTrue:
                {
                    var v = stack[--sp].O!;
                    if (v == PyInt.True || (v != PyInt.False && Ops.IsTrue(v))) ip = arg;
                    break;
                }
                case OpCode.PopJumpIfNone: if (stack[--sp].O == Py.None) ip = arg; break;
                case OpCode.PopJumpIfNotNone: if (stack[--sp].O != Py.None) ip = arg; break;
                case OpCode.JumpIfFalseOrPop:
                    if (!Ops.IsTrue(stack[sp - 1].O!)) ip = arg; else sp--;
                    break;
                case OpCode.JumpIfTrueOrPop:
                    if (Ops.IsTrue(stack[sp - 1].O!)) ip = arg; else sp--;
                    break;

                case OpCode.GetIter:
                {
                    var o = stack[sp - 1].O!;
                    if (o is not PyIteratorBase || !o.Type.IsImmutable) stack[sp - 1].O = Ops.GetIter(o);
                    break;
                }
                case OpCode.ForIter:
                {
                    var it = stack[sp - 1].O!;
                    PyObject? next;
                    if (it is PyRangeIterator ri) next = ri.Next();
                    else if (it is PyListIterator li) next = li.Next();
                    else if (it is PyGenerator ig && CanResumeInline(ig, Py.None))
                    {
                        f.Sp = sp; f.Ip = ip;
                        f = ResumeInline(ig, Py.None);
                        code = f.Code; consts = code.Consts; instrs = f.Instrs; stack = f.Stack; fast = f.Fast; sites = f.Sites; sp = f.Sp; ip = f.Ip;
                        break;
                    }
                    else if (it is PyGenerator g && g.Frame != null && !g.IsCoroutine)
                    {
                        f.Sp = sp; f.Ip = ip;
                        next = g.Resume(Py.None);
                    }
                    else next = Ops.Next(it);
                    if (next == null) { stack[--sp].O = null; ip = arg; }
                    else stack[sp++].O = next;
                    break;
                }
                case OpCode.EndFor: break;

                case OpCode.Call:
                case OpCode.CallKw:
                {
                    string[]? kwNames = null;
                    if ((OpCode)(word & 0xFF) == OpCode.CallKw) kwNames = ((PyKwNames)stack[--sp].O!).Names;
                    int argc = arg;
                    int baseIdx = sp - argc - 2;
                    var callable = stack[baseIdx].O!;
                    var self = stack[baseIdx + 1].O;
                    int argStart = self == null ? baseIdx + 2 : baseIdx + 1;
                    int nargs = self == null ? argc : argc + 1;
                    if (callable is PyFunction pf)
                    {
                        var nf = FrameFromStack(pf, stack, argStart, nargs, kwNames);
                        for (int i = baseIdx; i < sp; i++) stack[i].O = null;
                        sp = baseIdx;
                        if (nf.Code.IsGenerator) { stack[sp++].O = new PyGenerator(nf, pf); break; }
                        f.Sp = sp; f.Ip = ip;
                        PushFrame(nf);
                        f = nf; code = nf.Code; consts = code.Consts; instrs = f.Instrs; stack = nf.Stack; fast = nf.Fast; sites = nf.Sites; sp = 0; ip = 0;
                        break;
                    }
                    if (callable is PyMethod pm && pm.Func is PyFunction mf && self == null)
                    {
                        // Put self in the NULL slot so the arguments stay contiguous.
                        stack[baseIdx + 1].O = pm.Self;
                        var nf = FrameFromStack(mf, stack, baseIdx + 1, argc + 1, kwNames);
                        for (int i = baseIdx; i < sp; i++) stack[i].O = null;
                        sp = baseIdx;
                        if (nf.Code.IsGenerator) { stack[sp++].O = new PyGenerator(nf, mf); break; }
                        f.Sp = sp; f.Ip = ip;
                        PushFrame(nf);
                        f = nf; code = nf.Code; consts = code.Consts; instrs = f.Instrs; stack = nf.Stack; fast = nf.Fast; sites = nf.Sites; sp = 0; ip = 0;
                        break;
                    }
                    if (self == null && callable is PyType cls && TryInlineInit(cls, stack, baseIdx, argc, kwNames) is { } initFrame)
                    {
                        for (int i = baseIdx; i < sp; i++) stack[i].O = null;
                        sp = baseIdx;
                        f.Sp = sp; f.Ip = ip;
                        PushFrame(initFrame);
                        f = initFrame; code = f.Code; consts = code.Consts; instrs = f.Instrs; stack = f.Stack; fast = f.Fast; sites = f.Sites; sp = 0; ip = 0;
                        break;
                    }
                    f.Sp = sp; f.Ip = ip;
                    // Builtins are called directly (Ops.Call would probe the native stack first; a
                    // builtin that calls back into Python goes through Run, which probes).
                    PyObject result;
                    if (callable is PyBuiltinFunction bf) result = bf.Fn(bf.Self, ArgsSpan(stack, argStart, nargs), kwNames);
                    else if (callable is PyMethodDescriptor md && self != null && self.Type == md.Owner)
                        result = md.Fn(self, ArgsSpan(stack, argStart + 1, nargs - 1), kwNames);
                    else result = Ops.Call(callable, ArgsSpan(stack, argStart, nargs), kwNames);
                    for (int i = baseIdx; i < sp; i++) stack[i].O = null;
                    sp = baseIdx;
                    stack[sp++].O = result;
                    break;
                }
                case OpCode.CallFunctionEx:
                {
                    PyDict? kw = arg == 1 ? (PyDict)stack[--sp].O! : null;
                    var args = (PyTuple)stack[--sp].O!;
                    sp--;   // NULL
                    var callable = stack[sp - 1].O!;
                    f.Sp = sp; f.Ip = ip;
                    stack[sp - 1].O = Ops.CallEx(callable, args.Items, kw);
                    break;
                }
                case OpCode.MakeFunction:
                {
                    var fcode = (CodeObject)stack[--sp].O!;
                    PyCell[]? closure = null;
                    if ((arg & 8) != 0)
                    {
                        var ct = (PyTuple)stack[--sp].O!;
                        closure = new PyCell[ct.Items.Length];
                        for (int i = 0; i < closure.Length; i++) closure[i] = (PyCell)ct.Items[i];
                    }
                    PyDict? ann = (arg & 4) != 0 ? (PyDict)stack[--sp].O! : null;
                    PyDict? kwd = (arg & 2) != 0 ? (PyDict)stack[--sp].O! : null;
                    PyTuple? defs = (arg & 1) != 0 ? (PyTuple)stack[--sp].O! : null;
                    var fn = new PyFunction(fcode, f.Globals, closure) { Defaults = defs?.Items, KwDefaults = kwd, Annotations = ann };
                    stack[sp++].O = fn;
                    break;
                }
                case OpCode.CallIntrinsic1:
                    f.Sp = sp; f.Ip = ip;
                    stack[sp - 1].O = Intrinsic((Intrinsic1)arg, stack[sp - 1].O!, f);
                    break;

                case OpCode.ReturnValue:
                case OpCode.ReturnConst:
                {
                    var rv = (OpCode)(word & 0xFF) == OpCode.ReturnConst ? consts[arg] : stack[--sp].O!;
                    if (f.ConstructedInstance != null)
                    {
                        if (rv != Py.None) { pending = PyError.TypeError($"__init__() should return None, not '{rv.Type.Name}'").Exc; goto error; }
                        rv = f.ConstructedInstance;
                    }
                    f.Completed = true;
                    f.Sp = 0;
                    PopFrame(f);
                    var notImplemented = f.InlineBinaryType != null && rv == Py.NotImplemented ? BinaryNotImplemented(f) : null;
                    if (f.Poolable && !f.Escaped) FunctionCaches.Recycle(f);
                    if (f == entry) return rv;
                    var returning = f.Generator;
                    if (returning != null)
                    {
                        returning.Frame = null;
                        returning.ReturnValue = rv;
                        LeaveInline(f, returning);
                    }
                    f = Frame!; code = f.Code; consts = code.Consts; instrs = f.Instrs; stack = f.Stack; fast = f.Fast; sites = f.Sites; sp = f.Sp; ip = f.Ip;
                    if (returning == null)
                    {
                        if (notImplemented != null) { pending = notImplemented; goto error; }
                        stack[sp++].O = rv;
                        break;
                    }
                    // An inline-resumed generator finished: its resumer's FOR_ITER ends the loop,
                    // its SEND takes the return value as the result of `yield from`.
                    int resumer = instrs[f.Lasti];
                    if ((OpCode)(resumer & 0xFF) == OpCode.ForIter) stack[--sp].O = null;
                    else stack[sp - 1].O = rv;
                    ip = resumer >> 8;
                    break;
                }
                case OpCode.YieldValue:
                {
                    var v = stack[--sp].O!;
                    f.Sp = sp; f.Ip = ip;
                    Frame = f.Back;
                    f.Back = null;
                    Depth--;
                    // Resumed natively, the generator's frame is the entry of its own Run; resumed
                    // inline, the value goes to the resumer's FOR_ITER or SEND.
                    if (f == entry) return v;
                    LeaveInline(f, f.Generator!);
                    f = Frame!; code = f.Code; consts = code.Consts; instrs = f.Instrs; stack = f.Stack; fast = f.Fast; sites = f.Sites; sp = f.Sp; ip = f.Ip;
                    stack[sp++].O = v;
                    break;
                }

                case OpCode.RaiseVarargs:
                    f.Sp = sp;
                    pending = DoRaise(stack, ref sp, arg, f);
                    if (arg == 0) goto unwind;   // a bare `raise` keeps the traceback as it is
                    goto error;
                case OpCode.Reraise:
                {
                    var exc = (PyBaseException)stack[--sp].O!;
                    if (arg != 0) f.Lasti = (int)((PyInt)stack[sp - arg].O!).V;
                    pending = exc;
                    goto unwind;
                }
                case OpCode.PushExcInfo:
                {
                    var exc = stack[sp - 1].O!;
                    stack[sp - 1].O = (PyObject?)Handled ?? Py.None;
                    Handled = (PyBaseException)exc;
                    stack[sp++].O = exc;
                    break;
                }
                case OpCode.PopExcept:
                {
                    var prev = stack[--sp].O!;
                    Handled = prev as PyBaseException;
                    break;
                }
                case OpCode.CheckExcMatch:
                {
                    var type = stack[--sp].O!;
                    stack[sp++].O = Py.Bool(ExceptionMatches(stack[sp - 2].O!, type));
                    break;
                }
                case OpCode.CheckEgMatch:
                {
                    var type = stack[--sp].O!;
                    var eg = stack[--sp].O!;
                    var (match, rest) = ExceptStar.Split(eg, type);
                    stack[sp++].O = rest;
                    stack[sp++].O = match;
                    if (match is PyBaseException mexc) Handled = mexc;
                    break;
                }
                case OpCode.PrepReraiseStar:
                {
                    var list = (PyList)stack[--sp].O!;
                    stack[sp - 1].O = ExceptStar.PrepReraise(stack[sp - 1].O!, list);
                    break;
                }
                case OpCode.WithExceptStart:
                {
                    var exc = (PyBaseException)stack[sp - 1].O!;
                    var exit = stack[sp - 4].O!;
                    f.Sp = sp; f.Ip = ip;
                    stack[sp++].O = Ops.Call(exit, exc.Type, exc, (PyObject?)exc.Traceback ?? Py.None);
                    break;
                }
                case OpCode.BeforeWith:
                {
                    var mgr = stack[sp - 1].O!;
                    var (exit, entered) = BeforeWith(mgr, f, ip);
                    stack[sp - 1].O = exit;
                    stack[sp++].O = entered;
                    break;
                }
                case OpCode.BeforeAsyncWith:
                {
                    var mgr = stack[sp - 1].O!;
                    var (exit, entered) = BeforeAsyncWith(mgr);
                    stack[sp - 1].O = exit;
                    stack[sp++].O = entered;
                    break;
                }
                case OpCode.LoadAssertionError: stack[sp++].O = Types.AssertionError; break;

                case OpCode.ImportName:
                {
                    var fromList = stack[--sp].O!;
                    var level = (PyInt)stack[sp - 1].O!;
                    f.Sp = sp; f.Ip = ip;
                    stack[sp - 1].O = Interp.Importer.ImportName(code.Names[arg], f.Globals, fromList, (int)level.V);
                    break;
                }
                case OpCode.ImportFrom:
                    f.Sp = sp; f.Ip = ip;
                    stack[sp].O = Interp.Importer.ImportFrom(stack[sp - 1].O!, code.Names[arg]);
                    sp++;
                    break;

                case OpCode.FormatSimple:
                {
                    var v = stack[sp - 1].O!;
                    if (v.Type != Types.Str) stack[sp - 1].O = Builtins.BuiltinsModule.Format(v, PyStr.Empty);
                    break;
                }
                case OpCode.FormatWithSpec:
                {
                    var spec = stack[--sp].O!;
                    stack[sp - 1].O = Builtins.BuiltinsModule.Format(stack[sp - 1].O!, spec);
                    break;
                }
                case OpCode.ConvertValue:
                {
                    var v = stack[sp - 1].O!;
                    stack[sp - 1].O = arg switch { 1 => Ops.Str(v), 2 => Ops.Repr(v), _ => PyStr.From(Builtins.BuiltinsModule.Ascii(v)) };
                    break;
                }

                case OpCode.GetYieldFromIter:
                {
                    var o = stack[sp - 1].O!;
                    if (o is PyGenerator g && g.IsCoroutine && (code.Flags & (CodeFlags.Coroutine)) == 0)
                        throw PyError.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    if (o is not PyGenerator) stack[sp - 1].O = Ops.GetIter(o);
                    break;
                }
                case OpCode.GetAwaitable:
                    stack[sp - 1].O = Coroutines.GetAwaitable(stack[sp - 1].O!);
                    break;
                case OpCode.Send:
                {
                    var v = stack[--sp].O!;
                    var sub = stack[sp - 1].O!;
                    f.Sp = sp; f.Ip = ip;
                    if (sub is PyGenerator sg && CanResumeInline(sg, v))
                    {
                        f = ResumeInline(sg, v);
                        code = f.Code; consts = code.Consts; instrs = f.Instrs; stack = f.Stack; fast = f.Fast; sites = f.Sites; sp = f.Sp; ip = f.Ip;
                        break;
                    }
                    var (yielded, value) = Coroutines.Send(sub, v);
                    if (yielded) stack[sp++].O = value;
                    else { stack[sp - 1].O = value; ip = arg; }
                    break;
                }
                case OpCode.EndSend: break;
                case OpCode.GetAiter:
                    stack[sp - 1].O = Coroutines.GetAiter(stack[sp - 1].O!);
                    break;
                case OpCode.GetAnext:
                    stack[sp].O = Coroutines.GetAnext(stack[sp - 1].O!);
                    sp++;
                    break;
                case OpCode.EndAsyncFor:
                {
                    var exc = (PyBaseException)stack[--sp].O!;
                    if (!exc.Type.IsSubtypeOf(Types.StopAsyncIteration)) { pending = exc; goto unwind; }
                    stack[--sp].O = null;   // the async iterator
                    break;
                }

                case OpCode.MatchClass:
                {
                    var names = (PyTuple)stack[--sp].O!;
                    var cls = stack[--sp].O!;
                    var subject = stack[sp - 1].O!;
                    f.Sp = sp; f.Ip = ip;
                    stack[sp - 1].O = (PyObject?)Matching.MatchClass(subject, cls, arg, names) ?? Py.None;
                    break;
                }
                case OpCode.MatchMapping: stack[sp].O = Py.Bool(Matching.IsMapping(stack[sp - 1].O!)); sp++; break;
                case OpCode.MatchSequence: stack[sp].O = Py.Bool(Matching.IsSequence(stack[sp - 1].O!)); sp++; break;
                case OpCode.MatchKeys:
                {
                    var keys = (PyTuple)stack[sp - 1].O!;
                    stack[sp].O = (PyObject?)Matching.MatchKeys(stack[sp - 2].O!, keys) ?? Py.None;
                    sp++;
                    break;
                }
                case OpCode.GetLen: stack[sp].O = PyInt.From(Ops.Len(stack[sp - 1].O!)); sp++; break;

                default:
                    throw new InvalidOperationException($"unknown opcode {(OpCode)(word & 0xFF)}");
            }
            continue;

            error:
            // A Python-level raise: record this frame in the traceback, then unwind.
            if (pending!.Traceback == null) SetContext(pending);
            AddTraceback(pending!, f);
            unwind:
            f.Sp = sp;
            f.Ip = ip;
            return null;
        }
    }
}
