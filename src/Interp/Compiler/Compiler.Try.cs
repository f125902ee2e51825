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

    private void TryFinally(Try t) =>
        TryFinallyAround(t, () =>
        {
            if (t.Handlers.Count > 0) TryExcept(new Try(t.Body, t.Handlers, t.OrElse, [], false).At<Try>(t.Line, t.Col, t.EndLine, t.EndCol));
            else { Stmts(t.Body); Stmts(t.OrElse); }
        });

    /// <summary>Compiles `body` guarded by t's finally clause.</summary>
    private void TryFinallyAround(Try t, Action body)
    {
        int d = _u.Depth;
        var handler = NewLabel();
        var end = NewLabel();
        var blk = PushBlock(BlockKind.FinallyTry, handler, end, t.FinalBody, handler, d, false);
        body();
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
        bool isAsync = w.IsAsync;
        if (isAsync && !_u.Scope.IsCoroutine) throw Error("'async with' outside async function", w);
        var item = w.Items[index];
        int d = _u.Depth;
        var handler = NewLabel();
        var end = NewLabel();
        Expr(item.ContextExpr);
        SetLoc(w);
        if (isAsync)
        {
            Emit(OpCode.BeforeAsyncWith);
            LoadConst(Py.None);
            YieldFromLoop();
        }
        else Emit(OpCode.BeforeWith);
        var blk = PushBlock(isAsync ? BlockKind.AsyncWith : BlockKind.With, handler, end, null, handler, d + 1, true);
        _u.Depth = d + 1;
        if (item.OptionalVars != null) StoreTarget(item.OptionalVars);
        else Emit(OpCode.PopTop);
        if (index + 1 < w.Items.Count) With(w, index + 1);
        else Stmts(w.Body);
        PopBlock(blk);
        _u.Depth = d;
        SetLoc(item.ContextExpr);
        Emit(OpCode.PushNull);
        LoadConst(Py.None); LoadConst(Py.None); LoadConst(Py.None);
        Emit(OpCode.Call, 3);
        if (isAsync) AwaitTop();
        Emit(OpCode.PopTop);
        Jump(OpCode.Jump, end);

        Mark(handler);
        // An error raised by __exit__ is reported at the context expression, as CPython does.
        SetLoc(item.ContextExpr);
        var cleanup = NewLabel();
        var suppress = NewLabel();
        _u.B.PushHandler(cleanup, d + 3, true);
        Emit(OpCode.PushExcInfo);
        Emit(OpCode.WithExceptStart);
        if (isAsync) AwaitTop();
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

    /// <summary>try/except*: each clause takes its part of the group; the rest and what the handlers raised is re-raised.</summary>
    private void TryStar(Try t)
    {
        if (t.FinalBody.Count > 0)
        {
            TryFinallyAround(t, () => TryStar(new Try(t.Body, t.Handlers, t.OrElse, [], true).At<Try>(t.Line, t.Col, t.EndLine, t.EndCol)));
            return;
        }
        int d = _u.Depth;
        var handler = NewLabel();
        var end = NewLabel();
        var orElse = NewLabel();
        var blk = PushBlock(BlockKind.TryExcept, handler, end, null, handler, d, false);
        Stmts(t.Body);
        PopBlock(blk);
        Emit(OpCode.Nop);
        Jump(OpCode.Jump, orElse);

        Mark(handler);
        var cleanup = NewLabel();
        var reraiseStar = NewLabel();
        var cleanBlk = PushBlock(BlockKind.ExceptionGroupHandler, handler, end, null, cleanup, d + 1, true);
        Emit(OpCode.PushExcInfo);
        for (int i = 0; i < t.Handlers.Count; i++)
        {
            var h = t.Handlers[i];
            SetLoc(h);
            var next = NewLabel();
            var exceptWithError = NewLabel();
            var noMatch = NewLabel();
            if (i == 0)
            {
                Emit(OpCode.BuildList, 0);
                Emit(OpCode.Copy, 2);
            }
            if (h.Type == null) throw Error("expected one or more exception types", h);
            Expr(h.Type);
            SetLoc(h);
            Emit(OpCode.CheckEgMatch);
            Emit(OpCode.Copy, 1);
            Jump(OpCode.PopJumpIfNone, noMatch);
            if (h.Name != null) NameOpFor(h.Name, NameOp.Store);
            else Emit(OpCode.PopTop);
            var cleanupEnd = NewLabel();
            _u.Depth = d + 4;
            var hb = PushBlock(BlockKind.HandlerCleanup, handler, end, h.Name, cleanupEnd, d + 4, true);
            Stmts(h.Body);
            PopBlock(hb);
            _u.Depth = d;
            _u.B.Location = default;
            if (h.Name != null)
            {
                LoadConst(Py.None);
                NameOpFor(h.Name, NameOp.Store);
                NameOpFor(h.Name, NameOp.Delete);
            }
            Jump(OpCode.Jump, next);
            Mark(cleanupEnd);
            if (h.Name != null)
            {
                LoadConst(Py.None);
                NameOpFor(h.Name, NameOp.Store);
                NameOpFor(h.Name, NameOp.Delete);
            }
            Emit(OpCode.ListAppend, 3);
            Emit(OpCode.PopTop);
            Jump(OpCode.Jump, exceptWithError);
            Mark(next);
            Emit(OpCode.Nop);
            Jump(OpCode.Jump, exceptWithError);
            Mark(noMatch);
            Emit(OpCode.PopTop);
            Mark(exceptWithError);
            if (i == t.Handlers.Count - 1)
            {
                Emit(OpCode.ListAppend, 1);
                Jump(OpCode.Jump, reraiseStar);
            }
        }
        var reraise = NewLabel();
        Mark(reraiseStar);
        Emit(OpCode.PrepReraiseStar);
        Emit(OpCode.Copy, 1);
        Jump(OpCode.PopJumpIfNotNone, reraise);
        Emit(OpCode.PopTop);
        // The handler range ends here: the re-raise below must reach the enclosing handler with
        // the previous exception already restored, not this statement's cleanup.
        PopBlock(cleanBlk);
        Emit(OpCode.PopExcept);
        Jump(OpCode.Jump, end);
        Mark(reraise);
        Emit(OpCode.Swap, 2);
        Emit(OpCode.PopExcept);
        Emit(OpCode.Reraise, 0);
        Mark(cleanup);
        Emit(OpCode.Copy, 3);
        Emit(OpCode.PopExcept);
        Emit(OpCode.Reraise, 1);
        Mark(orElse);
        Stmts(t.OrElse);
        Mark(end);
    }

    private void AsyncFor(For f)
    {
        if (!_u.Scope.IsCoroutine) throw Error("'async for' outside async function", f);
        var start = NewLabel();
        var except = NewLabel();
        var exit = NewLabel();
        int d = _u.Depth;
        Expr(f.Iter);
        SetLoc(f.Iter);
        Emit(OpCode.GetAiter);
        Mark(start);
        // __anext__ raising StopAsyncIteration ends the loop (EndAsyncFor).
        _u.B.PushHandler(except, d + 1, false);
        SetLoc(f);
        Emit(OpCode.GetAnext);
        LoadConst(Py.None);
        YieldFromLoop();
        _u.B.PopHandler();
        var blk = new Block(BlockKind.ForLoop, start, exit);
        _u.Blocks.Add(blk);
        _u.Depth++;
        StoreTarget(f.Target);
        Stmts(f.Body);
        _u.Depth--;
        _u.Blocks.Remove(blk);
        _u.B.Location = default;
        Jump(OpCode.Jump, start);
        Mark(except);
        SetLoc(f.Iter);
        Emit(OpCode.EndAsyncFor);
        Stmts(f.OrElse);
        Mark(exit);
    }

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
