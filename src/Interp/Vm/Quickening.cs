using System.Runtime.CompilerServices;
using GilGrid.Interp.Compiler;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// The instructions the loop runs: a copy of a code object's, with superinstructions written over
/// the first word of common sequences (locals and constants into arithmetic, comparisons into
/// conditional jumps). Their fast paths take exact int/float operands and skip the operand stack:
/// each push of a fresh int or float costs a GC write barrier, ~20% of an arithmetic loop. When a
/// guard fails they act as the first instruction alone, and the following words, kept as they
/// were, run next: the general path, errors and tracebacks are those of the unfused code. A
/// fused word whose guard failed is put back to the original word (words only ever go that way,
/// so interpreters sharing the copy see one or the other, both correct).
/// </summary>
internal static class Quickening
{
    // Code objects are shared by every interpreter and immutable, so one copy per code serves all.
    private static readonly ConditionalWeakTable<CodeObject, int[]> Quickened = new();

    public static int[] For(CodeObject code) => Quickened.GetValue(code, Quicken);

    private static int[] Quicken(CodeObject code)
    {
        var src = code.Instructions;
        var q = (int[])src.Clone();
        int n = src.Length;
        OpCode Op(int i) => i < n ? (OpCode)(src[i] & 0xFF) : OpCode.Nop;
        for (int i = 0; i < n; i++)
        {
            OpCode? fused = null;
            switch (Op(i))
            {
                case OpCode.LoadFast or OpCode.LoadFastCheck when Op(i + 1) is OpCode.LoadFast or OpCode.LoadFastCheck or OpCode.LoadConst:
                {
                    bool fromConst = Op(i + 1) == OpCode.LoadConst;
                    bool store = Op(i + 3) == OpCode.StoreFast;
                    fused = Op(i + 2) switch
                    {
                        OpCode.BinaryOp when fromConst => store ? OpCode.BinaryFastConstStore : OpCode.BinaryFastConst,
                        OpCode.BinaryOp => store ? OpCode.BinaryFastFastStore : OpCode.BinaryFastFast,
                        OpCode.CompareOp when IsCondJump(Op(i + 3)) =>
                            fromConst ? OpCode.CompareFastConstJump : OpCode.CompareFastFastJump,
                        OpCode.BinarySubscr when fromConst => OpCode.SubscrFastConst,
                        _ => null,
                    };
                    break;
                }
                case OpCode.LoadFast or OpCode.LoadFastCheck when Op(i + 1) == OpCode.BinaryOp: fused = OpCode.BinaryTopFast; break;
                case OpCode.LoadConst when Op(i + 1) == OpCode.BinaryOp: fused = OpCode.BinaryTopConst; break;
                case OpCode.LoadFast or OpCode.LoadFastCheck when Op(i + 1) == OpCode.CompareOp && IsCondJump(Op(i + 2)):
                    fused = OpCode.CompareTopFastJump;
                    break;
                case OpCode.LoadConst when Op(i + 1) == OpCode.CompareOp && IsCondJump(Op(i + 2)): fused = OpCode.CompareTopConstJump; break;
                case OpCode.BinaryOp when Op(i + 1) == OpCode.StoreFast: fused = OpCode.BinaryStore; break;
                case OpCode.CompareOp when IsCondJump(Op(i + 1)): fused = OpCode.CompareJump; break;
            }
            if (fused is { } f) q[i] = (src[i] & ~0xFF) | (int)f;
        }
        return q;
    }

    private static bool IsCondJump(OpCode op) => op is OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue;
}
