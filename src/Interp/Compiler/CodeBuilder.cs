using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Compiler;

/// <summary>A jump target inside one code unit.</summary>
public readonly record struct Label(int Id);

/// <summary>
/// Collects one code unit's instructions with their source spans and active exception handler,
/// then assembles them: labels become instruction indexes, the maximum stack depth is computed
/// by flow analysis, and handler runs become the exception table.
/// </summary>
internal sealed class CodeBuilder
{
    private readonly List<OpCode> _ops = [];
    private readonly List<int> _args = [];
    private readonly List<SourceSpan> _pos = [];
    private readonly List<int> _handlerOf = [];
    private readonly List<int> _labelPos = [];
    private readonly List<(Label target, int depth, bool lasti)> _handlers = [];
    private readonly Stack<int> _handlerStack = new();
    public readonly List<PyObject> Consts = [];
    private readonly Dictionary<object, int> _constIndex = [];
    public readonly List<string> Names = [];
    public SourceSpan Location;

    public int Count => _ops.Count;

    public Label NewLabel()
    {
        _labelPos.Add(-1);
        return new Label(_labelPos.Count - 1);
    }

    public void Mark(Label l) => _labelPos[l.Id] = _ops.Count;

    public void Emit(OpCode op, int arg = 0)
    {
        _ops.Add(op);
        _args.Add(arg);
        _pos.Add(Location);
        _handlerOf.Add(_handlerStack.Count > 0 ? _handlerStack.Peek() : -1);
    }

    public void Jump(OpCode op, Label target) => Emit(op, -1 - target.Id);

    /// <summary>Instructions emitted from now on jump to `target` on an exception.</summary>
    public void PushHandler(Label target, int depth, bool lasti)
    {
        _handlers.Add((target, depth, lasti));
        _handlerStack.Push(_handlers.Count - 1);
    }

    public void PopHandler() => _handlerStack.Pop();

    public int AddConst(PyObject value, object? key = null)
    {
        key ??= value;
        if (_constIndex.TryGetValue(key, out var i)) return i;
        Consts.Add(value);
        _constIndex[key] = Consts.Count - 1;
        return Consts.Count - 1;
    }

    /// <summary>Adds a constant that is never shared with an equal one (code objects, kw names).</summary>
    public int AddUniqueConst(PyObject value)
    {
        Consts.Add(value);
        return Consts.Count - 1;
    }

    public int Name(string n)
    {
        int i = Names.IndexOf(n);
        if (i >= 0) return i;
        Names.Add(n);
        return Names.Count - 1;
    }

    public static bool IsJump(OpCode op) => op is OpCode.Jump or OpCode.JumpBackward or OpCode.PopJumpIfFalse
        or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNone or OpCode.PopJumpIfNotNone or OpCode.JumpIfFalseOrPop
        or OpCode.JumpIfTrueOrPop or OpCode.ForIter or OpCode.Send;

    public (int[] code, SourceSpan[] pos, ExceptionEntry[] table, int stackSize) Assemble()
    {
        int n = _ops.Count;
        var args = new int[n];
        for (int i = 0; i < n; i++)
        {
            int a = _args[i];
            if (IsJump(_ops[i]) && a < 0) a = _labelPos[-1 - a];
            if (_ops[i] == OpCode.Jump && a <= i) _ops[i] = OpCode.JumpBackward;
            args[i] = a;
        }
        var code = new int[n];
        for (int i = 0; i < n; i++) code[i] = (byte)_ops[i] | (args[i] << 8);

        var table = new List<ExceptionEntry>();
        int start = 0;
        for (int i = 1; i <= n; i++)
        {
            if (i < n && _handlerOf[i] == _handlerOf[start]) continue;
            int h = _handlerOf[start];
            if (h >= 0)
            {
                var (t, d, l) = _handlers[h];
                table.Add(new ExceptionEntry(start, i, _labelPos[t.Id], d, l));
            }
            start = i;
        }
        return (code, [.. _pos], [.. table], StackDepth(args, table));
    }

    private int StackDepth(int[] args, List<ExceptionEntry> table)
    {
        int n = _ops.Count;
        var depth = new int[n + 1];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        void Visit(int at, int d)
        {
            if (at >= n || at < 0) return;
            if (depth[at] >= d) return;
            depth[at] = d;
            work.Push(at);
        }
        Visit(0, 0);
        foreach (var e in table) Visit(e.Target, e.Depth + (e.PushLasti ? 1 : 0) + 1);
        int max = 0;
        while (work.Count > 0)
        {
            int i = work.Pop();
            int d = depth[i];
            max = Math.Max(max, d);
            var op = _ops[i];
            int a = args[i];
            if (IsJump(op)) Visit(a, d + StackEffect(op, a, true));
            if (op is OpCode.Jump or OpCode.JumpBackward or OpCode.ReturnValue or OpCode.ReturnConst
                or OpCode.RaiseVarargs or OpCode.Reraise) continue;
            int nd = d + StackEffect(op, a, false);
            max = Math.Max(max, nd);
            Visit(i + 1, nd);
            foreach (var e in table) Visit(e.Target, e.Depth + (e.PushLasti ? 1 : 0) + 1);
        }
        return max + 2;
    }

    private static int StackEffect(OpCode op, int arg, bool jump) => op switch
    {
        OpCode.Nop or OpCode.EndFor or OpCode.EndSend or OpCode.MakeCell or OpCode.CopyFreeVars => 0,
        OpCode.PopTop => -1,
        OpCode.PushNull or OpCode.Copy or OpCode.LoadConst or OpCode.LoadFast or OpCode.LoadFastCheck => 1,
        OpCode.Swap => 0,
        OpCode.ReturnValue => -1,
        OpCode.ReturnConst => 0,
        OpCode.StoreFast or OpCode.StoreDeref or OpCode.StoreName or OpCode.StoreGlobal => -1,
        OpCode.DeleteFast or OpCode.DeleteDeref or OpCode.DeleteName or OpCode.DeleteGlobal => 0,
        OpCode.LoadDeref or OpCode.LoadClosure or OpCode.LoadName or OpCode.LoadGlobal or OpCode.LoadLocals
            or OpCode.LoadBuildClass or OpCode.LoadAssertionError => 1,
        OpCode.LoadFromDictOrDeref or OpCode.LoadFromDictOrGlobals => 0,
        OpCode.SetupAnnotations => 0,
        OpCode.LoadAttr => 0,
        OpCode.LoadMethod => 1,
        OpCode.StoreAttr => -2,
        OpCode.DeleteAttr => -1,
        OpCode.BinaryOp or OpCode.CompareOp or OpCode.IsOp or OpCode.ContainsOp or OpCode.BinarySubscr => -1,
        OpCode.UnaryNegative or OpCode.UnaryNot or OpCode.UnaryInvert or OpCode.UnaryPositive or OpCode.ToBool => 0,
        OpCode.StoreSubscr => -3,
        OpCode.DeleteSubscr => -2,
        OpCode.BuildSlice => 1 - arg,
        OpCode.BuildTuple or OpCode.BuildList or OpCode.BuildSet or OpCode.BuildString => 1 - arg,
        OpCode.BuildMap => 1 - 2 * arg,
        OpCode.ListAppend or OpCode.SetAdd or OpCode.ListExtend or OpCode.SetUpdate or OpCode.DictUpdate or OpCode.DictMerge => -1,
        OpCode.MapAdd => -2,
        OpCode.ListToTuple => 0,
        OpCode.UnpackSequence => arg - 1,
        OpCode.UnpackEx => (arg & 0xFF) + (arg >> 8),
        OpCode.Jump or OpCode.JumpBackward => 0,
        OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNone or OpCode.PopJumpIfNotNone => -1,
        OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop => jump ? 0 : -1,
        OpCode.GetIter => 0,
        OpCode.ForIter => jump ? -1 : 1,
        OpCode.Call => -1 - arg,
        OpCode.CallKw => -2 - arg,
        OpCode.CallFunctionEx => -2 - (arg & 1),
        OpCode.MakeFunction => -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)),
        OpCode.CallIntrinsic1 => 0,
        OpCode.RaiseVarargs => -arg,
        OpCode.Reraise => -1,
        OpCode.PushExcInfo => 1,
        OpCode.PopExcept => -1,
        OpCode.CheckExcMatch => 0,
        OpCode.CheckEgMatch => 0,
        OpCode.PrepReraiseStar => -1,
        OpCode.WithExceptStart => 1,
        OpCode.BeforeWith or OpCode.BeforeAsyncWith => 1,
        OpCode.ImportName => -1,
        OpCode.ImportFrom => 1,
        OpCode.FormatSimple or OpCode.ConvertValue => 0,
        OpCode.FormatWithSpec => -1,
        OpCode.YieldValue => 0,
        OpCode.GetYieldFromIter or OpCode.GetAwaitable or OpCode.GetAiter => 0,
        OpCode.GetAnext => 1,
        OpCode.Send => jump ? -1 : 0,
        OpCode.EndAsyncFor => -2,
        OpCode.CleanupThrow => -1,
        OpCode.MatchClass => -2,
        OpCode.MatchMapping or OpCode.MatchSequence or OpCode.MatchKeys or OpCode.GetLen => 1,
        _ => 0,
    };
}
