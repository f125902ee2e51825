using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Compiler;

// try/except, try/finally and with, compiled as CPython 3.11+ does: handlers are exception-table
// ranges; PushExcInfo/PopExcept keep the exception being handled on the value stack.
public sealed partial class PyCompiler
{
    /// <summary>Opens a block whose instructions jump to `target` on an exception.</summary>
    private Block PushBlock(BlockKind kind, Label start, Label exit, object? data, Label? handler, int depth, bool lasti)
    {
        var b = new Block(kind, start, exit, data);
        _u.Blocks.Add(b);
        if (handler is { } h)
        {
            _u.B.PushHandler(h, depth, lasti);
            _handlerInfos[b] = new HandlerInfo(h, depth, lasti);
        }
        return b;
    }

    private void PopBlock(Block b)
    {
        if (_handlerInfos.Remove(b)) _u.B.PopHandler();
        _u.Blocks.Remove(b);
    }

    private void TryExcept(Try t)
    {
        int d = _u.Depth;
        var handler = NewLabel();
        var end = NewLabel();
        var blk = PushBlock(BlockKind.TryExcept, handler, end, null, handler, d, false);
        Stmts(t.Body);
        PopBlock(blk);
        Emit(OpCode.Nop);
        Stmts(t.OrElse);
        Jump(OpCode.Jump, end);

        Mark(handler);
        var cleanup = NewLabel();
        var cleanBlk = PushBlock(BlockKind.TryExcept, cleanup, end, null, cleanup, d + 1, true);
        Emit(OpCode.PushExcInfo);
        foreach (var h in t.Handlers)
        {
            SetLoc(h);
            var next = NewLabel();
            if (h.Type != null)
            {
                Expr(h.Type);
                SetLoc(h);
                Emit(OpCode.CheckExcMatch);
                Jump(OpCode.PopJumpIfFalse, next);
            }
            else if (h != t.Handlers[^1]) throw Error("default 'except:' must be last", h);
            _u.Depth = d + 1;
            if (h.Name != null)
            {
                NameOpFor(h.Name, NameOp.Store);
                var nameCleanup = NewLabel();
                var hb = PushBlock(BlockKind.HandlerCleanup, handler, end, h.Name, nameCleanup, d + 1, true);
                Stmts(h.Body);
                PopBlock(hb);
                _u.B.Location = default;
                Emit(OpCode.PopExcept);
                LoadConst(Py.None);
                NameOpFor(h.Name, NameOp.Store);
                NameOpFor(h.Name, NameOp.Delete);
                Jump(OpCode.Jump, end);
                Mark(nameCleanup);
                LoadConst(Py.None);
                NameOpFor(h.Name, NameOp.Store);
                NameOpFor(h.Name, NameOp.Delete);
                Emit(OpCode.Reraise, 1);
            }
            else
            {
                Emit(OpCode.PopTop);
                var hb = PushBlock(BlockKind.HandlerCleanup, handler, end, null, null, 0, false);
                Stmts(h.Body);
                PopBlock(hb);
                _u.B.Location = default;
                Emit(OpCode.PopExcept);
                Jump(OpCode.Jump, end);
            }
            _u.Depth = d;
            Mark(next);
        }
        Emit(OpCode.Reraise, 0);
        PopBlock(cleanBlk);
        Mark(cleanup);
        Emit(OpCode.Copy, 3);
        Emit(OpCode.PopExcept);
        Emit(OpCode.Reraise, 1);
        Mark(end);
    }

    private void TryFinally(Try t)
    {
        int d = _u.Depth;
        var handler = NewLabel();
        var end = NewLabel();
        var blk = PushBlock(BlockKind.FinallyTry, handler, end, t.FinalBody, handler, d, false);
        if (t.Handlers.Count > 0) TryExcept(new Try(t.Body, t.Handlers, t.OrElse, [], false).At<Try>(t.Line, t.Col, t.EndLine, t.EndCol));
        else { Stmts(t.Body); Stmts(t.OrElse); }
        PopBlock(blk);
        Emit(OpCode.Nop);
        Stmts(t.FinalBody);
        Jump(OpCode.Jump, end);

        Mark(handler);
        var cleanup = NewLabel();
        var endBlk = PushBlock(BlockKind.FinallyEnd, handler, end, null, cleanup, d + 1, true);
        Emit(OpCode.PushExcInfo);
        _u.Depth = d + 2;
        Stmts(t.FinalBody);
        _u.Depth = d;
        _u.B.Location = default;
        Emit(OpCode.Reraise, 0);
        PopBlock(endBlk);
        Mark(cleanup);
        Emit(OpCode.Copy, 3);
        Emit(OpCode.PopExcept);
        Emit(OpCode.Reraise, 1);
        Mark(end);
    }

    private void With(With w, int index)
    {
        if (w.IsAsync) throw Error("'async with' is not supported yet", w);
        var item = w.Items[index];
        int d = _u.Depth;
        var handler = NewLabel();
        var end = NewLabel();
        Expr(item.ContextExpr);
        SetLoc(w);
        Emit(OpCode.BeforeWith);
        var blk = PushBlock(BlockKind.With, handler, end, null, handler, d + 1, true);
        _u.Depth = d + 1;
        if (item.OptionalVars != null) StoreTarget(item.OptionalVars);
        else Emit(OpCode.PopTop);
        if (index + 1 < w.Items.Count) With(w, index + 1);
        else Stmts(w.Body);
        PopBlock(blk);
        _u.Depth = d;
        SetLoc(w);
        Emit(OpCode.PushNull);
        LoadConst(Py.None); LoadConst(Py.None); LoadConst(Py.None);
        Emit(OpCode.Call, 3);
        Emit(OpCode.PopTop);
        Jump(OpCode.Jump, end);

        Mark(handler);
        var cleanup = NewLabel();
        var suppress = NewLabel();
        _u.B.PushHandler(cleanup, d + 3, true);
        Emit(OpCode.PushExcInfo);
        Emit(OpCode.WithExceptStart);
        Jump(OpCode.PopJumpIfTrue, suppress);
        Emit(OpCode.Reraise, 2);
        Mark(suppress);
        Emit(OpCode.PopTop);
        Emit(OpCode.PopExcept);
        Emit(OpCode.PopTop);
        Emit(OpCode.PopTop);
        _u.B.PopHandler();
        Jump(OpCode.Jump, end);
        Mark(cleanup);
        Emit(OpCode.Copy, 3);
        Emit(OpCode.PopExcept);
        Emit(OpCode.Reraise, 1);
        Mark(end);
    }

    private void TryStar(Try t) => throw Error("'except*' is not supported yet", t);

    private void AsyncFor(For f) => throw Error("'async for' is not supported yet", f);

    private void AwaitTop()
    {
        Emit(OpCode.GetAwaitable);
        LoadConst(Py.None);
        YieldFromLoop();
    }

    /// <summary>The `yield from`/`await` loop: [subiter, value] → [result].</summary>
    private void YieldFromLoop()
    {
        var send = NewLabel();
        var exit = NewLabel();
        Mark(send);
        Jump(OpCode.Send, exit);
        Emit(OpCode.YieldValue, 1);
        Jump(OpCode.Jump, send);
        Mark(exit);
        Emit(OpCode.EndSend);
    }
}
