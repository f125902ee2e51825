using System.Text;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Diagnostics;

/// <summary>A `dis`-like listing of a code object and the code objects nested in it.</summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code)
    {
        var sb = new StringBuilder();
        Write(code, sb);
        return sb.ToString();
    }

    private static void Write(CodeObject code, StringBuilder sb)
    {
        sb.Append($"Disassembly of <code object {code.Name}, file \"{code.FileName}\", line {code.FirstLine}>:\n");
        var targets = new HashSet<int>();
        foreach (int w in code.Instructions)
            if (CodeBuilder.IsJump((OpCode)(w & 0xFF))) targets.Add(w >> 8);
        foreach (var e in code.ExceptionTable) targets.Add(e.Target);
        int lastLine = -1;
        for (int i = 0; i < code.Instructions.Length; i++)
        {
            int w = code.Instructions[i];
            var op = (OpCode)(w & 0xFF);
            int arg = w >> 8;
            int line = code.Positions[i].Line;
            string lineCol = line != lastLine && line > 0 ? line.ToString().PadLeft(4) : "    ";
            if (line > 0) lastLine = line;
            string mark = targets.Contains(i) ? ">>" : "  ";
            sb.Append($"{lineCol}  {mark} {i,5} {op,-22} {(HasArg(op) ? arg.ToString() : ""),-5} {Describe(code, op, arg)}".TrimEnd()).Append('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append($"  {e.Start} to {e.End - 1} -> {e.Target} [{e.Depth}]{(e.PushLasti ? " lasti" : "")}\n");
        }
        foreach (var c in code.Consts)
            if (c is CodeObject inner) { sb.Append('\n'); Write(inner, sb); }
    }

    private static bool HasArg(OpCode op) => op is not (OpCode.Nop or OpCode.PopTop or OpCode.PushNull or OpCode.ReturnValue
        or OpCode.LoadLocals or OpCode.LoadBuildClass or OpCode.SetupAnnotations or OpCode.UnaryNegative or OpCode.UnaryNot
        or OpCode.UnaryInvert or OpCode.UnaryPositive or OpCode.ToBool or OpCode.BinarySubscr or OpCode.StoreSubscr
        or OpCode.DeleteSubscr or OpCode.GetIter or OpCode.EndFor or OpCode.PushExcInfo or OpCode.PopExcept
        or OpCode.CheckExcMatch or OpCode.CheckEgMatch or OpCode.WithExceptStart or OpCode.BeforeWith or OpCode.BeforeAsyncWith
        or OpCode.LoadAssertionError or OpCode.FormatSimple or OpCode.FormatWithSpec or OpCode.GetYieldFromIter
        or OpCode.EndSend or OpCode.GetAwaitable or OpCode.GetAiter or OpCode.GetAnext or OpCode.EndAsyncFor
        or OpCode.MatchMapping or OpCode.MatchSequence or OpCode.MatchKeys or OpCode.GetLen or OpCode.ListToTuple
        or OpCode.PrepReraiseStar);

    private static string Describe(CodeObject code, OpCode op, int arg)
    {
        try
        {
            return op switch
            {
                OpCode.LoadConst or OpCode.ReturnConst => "(" + ConstRepr(code.Consts[arg]) + ")",
                OpCode.LoadFast or OpCode.LoadFastCheck or OpCode.StoreFast or OpCode.DeleteFast or OpCode.MakeCell
                    or OpCode.LoadDeref or OpCode.StoreDeref or OpCode.DeleteDeref or OpCode.LoadClosure
                    or OpCode.LoadFromDictOrDeref => $"({code.LocalNames[arg]})",
                OpCode.LoadName or OpCode.StoreName or OpCode.DeleteName or OpCode.LoadGlobal or OpCode.StoreGlobal
                    or OpCode.DeleteGlobal or OpCode.LoadAttr or OpCode.LoadMethod or OpCode.StoreAttr or OpCode.DeleteAttr
                    or OpCode.ImportName or OpCode.ImportFrom or OpCode.LoadFromDictOrGlobals => $"({code.Names[arg]})",
                OpCode.BinaryOp => "(" + Ops.BinSymbols[arg % 16] + (arg >= 16 ? "=" : "") + ")",
                OpCode.CompareOp => "(" + Ops.CmpSymbols[arg] + ")",
                _ when CodeBuilder.IsJump(op) => $"(to {arg})",
                _ => "",
            };
        }
        catch (IndexOutOfRangeException) { return "(?)"; }
    }

    private static string ConstRepr(PyObject o) => o switch
    {
        CodeObject c => $"<code object {c.Name}>",
        PyKwNames k => "(" + string.Join(", ", k.Names.Select(n => "'" + n + "'")) + (k.Names.Length == 1 ? ",)" : ")"),
        _ => Ops.ReprString(o),
    };
}
