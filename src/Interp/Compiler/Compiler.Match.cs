using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;
using Attribute = GilGrid.Interp.Syntax.Attribute;

namespace GilGrid.Interp.Compiler;

// The match statement, compiled as CPython's compile.c does: a pattern consumes the subject on top
// of the stack; captured values accumulate below the working items (`stores`), and a failure
// jumps to a "fail_pop" label that pops exactly what is on the stack at that point.
public sealed partial class PyCompiler
{
    private sealed class PatternContext
    {
        public List<string> Stores = [];
        public bool AllowIrrefutable;
        public List<Label> FailPop = [];
        public int OnTop;
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };
    private static bool IsWildcardStar(Pattern p) => p is MatchStar { Name: null };

    private void Match(Match m)
    {
        var end = NewLabel();
        Expr(m.Subject);
        int cases = m.Cases.Count;
        bool hasDefault = IsWildcard(m.Cases[^1].Pattern) && cases > 1;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var c = m.Cases[i];
            SetLoc(c.Pattern);
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.Copy, 1);
            var pc = new PatternContext { AllowIrrefutable = c.Guard != null || i == cases - 1 };
            Pattern(c.Pattern, pc);
            foreach (var name in pc.Stores) NameOpFor(name, NameOp.Store);
            if (c.Guard != null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(c.Guard, false, pc.FailPop[0]);
            }
            SetLoc(c.Pattern);
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.PopTop);
            Stmts(c.Body);
            _u.B.Location = default;
            Jump(OpCode.Jump, end);
            SetLoc(c.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault)
        {
            var c = m.Cases[^1];
            SetLoc(c.Pattern);
            if (cases == 1) Emit(OpCode.PopTop);
            else Emit(OpCode.Nop);
            if (c.Guard != null) JumpIf(c.Guard, false, end);
            Stmts(c.Body);
        }
        Mark(end);
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count <= n) pc.FailPop.Add(NewLabel());
    }

    private void JumpToFailPop(PatternContext pc, OpCode op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        Jump(op, pc.FailPop[pops]);
    }

    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            Mark(pc.FailPop[i]);
            Emit(OpCode.PopTop);
        }
        Mark(pc.FailPop[0]);
        pc.FailPop = [];
    }

    /// <summary>Moves TOS down under count-1 items.</summary>
    private void Rotate(int count)
    {
        while (count > 1) Emit(OpCode.Swap, count--);
    }

    private void StoreCapture(string? name, PatternContext pc, Node at)
    {
        if (name == null) { Emit(OpCode.PopTop); return; }
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", at);
        Rotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    private void SubPattern(Pattern p, PatternContext pc)
    {
        bool saved = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        Pattern(p, pc);
        pc.AllowIrrefutable = saved;
    }

    private void Pattern(Pattern p, PatternContext pc)
    {
        CompileGuard.Check();
        SetLoc(p);
        switch (p)
        {
            case MatchValue mv:
                Expr(mv.Value);
                SetLoc(p);
                Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Eq);
                JumpToFailPop(pc, OpCode.PopJumpIfFalse);
                break;
            case MatchSingleton ms:
                LoadConst(ConstValue(ms.Value));
                Emit(OpCode.IsOp, 0);
                JumpToFailPop(pc, OpCode.PopJumpIfFalse);
                break;
            case MatchAs ma:
                if (ma.Pattern == null)
                {
                    if (!pc.AllowIrrefutable)
                        throw ma.Name != null
                            ? Error($"name capture '{ma.Name}' makes remaining patterns unreachable", p)
                            : Error("wildcard makes remaining patterns unreachable", p);
                    StoreCapture(ma.Name, pc, p);
                    break;
                }
                pc.OnTop++;
                Emit(OpCode.Copy, 1);
                Pattern(ma.Pattern, pc);
                pc.OnTop--;
                SetLoc(p);
                StoreCapture(ma.Name, pc, p);
                break;
            case MatchStar st: StoreCapture(st.Name, pc, p); break;
            case MatchSequence seq: SequencePattern(seq, pc); break;
            case MatchMapping map: MappingPattern(map, pc); break;
            case MatchClass cls: ClassPattern(cls, pc); break;
            case MatchOr or: OrPattern(or, pc); break;
            default: throw Error("unsupported pattern", p);
        }
    }

    private void SequencePattern(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count, star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            if (patterns[i] is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern", p);
                starWildcard = IsWildcardStar(patterns[i]);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(patterns[i]);
        }
        pc.OnTop++;
        Emit(OpCode.MatchSequence);
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        if (star < 0)
        {
            Emit(OpCode.GetLen);
            LoadConst(PyInt.From(size));
            Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Eq);
            JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        }
        else if (size - 1 > 0)
        {
            Emit(OpCode.GetLen);
            LoadConst(PyInt.From(size - 1));
            Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Ge);
            JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        }
        pc.OnTop--;
        if (onlyWildcard) Emit(OpCode.PopTop);
        else if (starWildcard)
        {
            // Index the subject instead of unpacking it.
            pc.OnTop++;
            for (int i = 0; i < size; i++)
            {
                var sub = patterns[i];
                if (IsWildcard(sub) || i == star) continue;
                SetLoc(p);
                Emit(OpCode.Copy, 1);
                if (i < star) LoadConst(PyInt.From(i));
                else
                {
                    Emit(OpCode.GetLen);
                    LoadConst(PyInt.From(size - i));
                    Emit(OpCode.BinaryOp, (int)BinOpKind.Sub);
                }
                Emit(OpCode.BinarySubscr);
                SubPattern(sub, pc);
            }
            pc.OnTop--;
            SetLoc(p);
            Emit(OpCode.PopTop);
        }
        else
        {
            if (star >= 0) Emit(OpCode.UnpackEx, star | ((size - star - 1) << 8));
            else Emit(OpCode.UnpackSequence, size);
            pc.OnTop += size;
            foreach (var sub in patterns)
            {
                pc.OnTop--;
                SubPattern(sub, pc);
            }
        }
    }

    private void MappingPattern(MatchMapping p, PatternContext pc)
    {
        int size = p.Keys.Count;
        if (size != p.Patterns.Count) throw Error("keys and patterns differ in a mapping pattern", p);
        pc.OnTop++;
        Emit(OpCode.MatchMapping);
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        if (size == 0 && p.Rest == null)
        {
            pc.OnTop--;
            Emit(OpCode.PopTop);
            return;
        }
        if (size > 0)
        {
            Emit(OpCode.GetLen);
            LoadConst(PyInt.From(size));
            Emit(OpCode.CompareOp, (int)Runtime.CompareOp.Ge);
            JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        }
        var seen = new List<PyObject>();
        foreach (var key in p.Keys)
        {
            if (key is Constant c)
            {
                var v = ConstValue(c.Value);
                foreach (var s in seen)
                    if (s.Type == v.Type && Ops.EqBool(s, v))
                        throw Error($"mapping pattern checks duplicate key ({Ops.ReprString(v)})", p);
                seen.Add(v);
            }
            else if (key is not Attribute && key is not UnaryOp && key is not BinOp)
                throw Error("mapping pattern keys may only match literals and attribute lookups", key);
            Expr(key);
        }
        SetLoc(p);
        Emit(OpCode.BuildTuple, size);
        Emit(OpCode.MatchKeys);
        pc.OnTop += 2;
        Emit(OpCode.Copy, 1);
        LoadConst(Py.None);
        Emit(OpCode.IsOp, 1);
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        Emit(OpCode.UnpackSequence, size);
        pc.OnTop += size - 1;
        foreach (var sub in p.Patterns)
        {
            pc.OnTop--;
            SubPattern(sub, pc);
        }
        pc.OnTop -= 2;
        SetLoc(p);
        if (p.Rest != null)
        {
            Emit(OpCode.BuildMap, 0);
            Emit(OpCode.Swap, 3);
            Emit(OpCode.DictUpdate, 2);
            Emit(OpCode.UnpackSequence, size);
            int n = size;
            while (n > 0)
            {
                Emit(OpCode.Copy, 1 + n--);
                Emit(OpCode.Swap, 2);
                Emit(OpCode.DeleteSubscr);
            }
            StoreCapture(p.Rest, pc, p);
        }
        else
        {
            Emit(OpCode.PopTop);
            Emit(OpCode.PopTop);
        }
    }

    private void ClassPattern(MatchClass p, PatternContext pc)
    {
        int nargs = p.Patterns.Count, nattrs = p.KwdAttrs.Count;
        if (nattrs != p.KwdPatterns.Count) throw Error("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", p);
        for (int i = 0; i < nattrs; i++)
            for (int j = i + 1; j < nattrs; j++)
                if (p.KwdAttrs[i] == p.KwdAttrs[j])
                    throw Error($"attribute name repeated in class pattern: {p.KwdAttrs[j]}", p.KwdPatterns[j]);
        Expr(p.Cls);
        SetLoc(p);
        Emit(OpCode.LoadConst, _u.B.AddUniqueConst(PyTuple.Of([.. p.KwdAttrs.Select(a => (PyObject)PyStr.From(a))])));
        Emit(OpCode.MatchClass, nargs);
        Emit(OpCode.Copy, 1);
        LoadConst(Py.None);
        Emit(OpCode.IsOp, 1);
        pc.OnTop++;
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        Emit(OpCode.UnpackSequence, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var sub = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(sub)) { Emit(OpCode.PopTop); continue; }
            SubPattern(sub, pc);
        }
    }

    private void OrPattern(MatchOr p, PatternContext pc)
    {
        var end = NewLabel();
        var oldStores = pc.Stores;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        bool oldAllow = pc.AllowIrrefutable;
        List<string>? control = null;
        for (int i = 0; i < p.Patterns.Count; i++)
        {
            var alt = p.Patterns[i];
            pc.Stores = [];
            pc.AllowIrrefutable = i == p.Patterns.Count - 1 && oldAllow;
            pc.FailPop = [];
            pc.OnTop = 0;
            SetLoc(alt);
            Emit(OpCode.Copy, 1);
            Pattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0) control = pc.Stores;
            else if (nstores != control!.Count) throw Error("alternative patterns bind different names", p);
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    int istores = pc.Stores.IndexOf(control[icontrol]);
                    if (istores < 0) throw Error("alternative patterns bind different names", p);
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) Rotate(icontrol + 1);
                    }
                }
            }
            Jump(OpCode.Jump, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = oldStores;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        pc.AllowIrrefutable = oldAllow;
        SetLoc(p);
        Emit(OpCode.PopTop);
        JumpToFailPop(pc, OpCode.Jump);
        Mark(end);
        int nrots = control!.Count + 1 + pc.OnTop + pc.Stores.Count;
        foreach (var name in control)
        {
            Rotate(nrots);
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", p);
            pc.Stores.Add(name);
        }
        Emit(OpCode.PopTop);
    }
}
