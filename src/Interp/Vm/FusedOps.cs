using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// The fast paths of the superinstructions (Vm/Quickening.cs), called from Dispatch. Each answers
/// null (or -1) when its guard fails; the loop then runs the first instruction of the sequence
/// alone. The layout of a sequence is that of the unfused code: word i is the fused opcode over
/// the first instruction's arg, words i+1.. are the original instructions (ip points at i+1).
/// </summary>
internal static class FusedOps
{
    /// <summary>
    /// Runs the superinstruction <paramref name="word"/> (ip already past it): the next ip and sp
    /// packed as ip &lt;&lt; 32 | sp, or -1 when its guard fails and nothing was changed.
    /// </summary>
    public static long Execute(int word, int ip, int sp, int[] instrs, Slot[] stack, Slot[] fast, PyObject[] consts)
    {
        int arg = word >> 8;
        PyObject? r;
        int target;
        switch ((OpCode)(word & 0xFF))
        {
            case OpCode.BinaryFastFast:
            case OpCode.BinaryFastConst:
                if ((r = BinaryOfOperands(word, instrs, ip, fast, consts)) == null) return -1;
                stack[sp++].O = r;
                ip += 2;
                break;
            case OpCode.BinaryFastFastStore:
            case OpCode.BinaryFastConstStore:
                if ((r = BinaryOfOperands(word, instrs, ip, fast, consts)) == null) return -1;
                fast[instrs[ip + 2] >> 8].O = r;
                ip += 3;
                break;
            case OpCode.BinaryStore:
                if ((r = Binary(stack[sp - 2].O!, stack[sp - 1].O, arg)) == null) return -1;
                sp -= 2;
                fast[instrs[ip] >> 8].O = r;
                ip++;
                break;
            case OpCode.BinaryTopFast:
            case OpCode.BinaryTopConst:
            {
                var b = (OpCode)(word & 0xFF) == OpCode.BinaryTopConst ? consts[arg] : fast[arg].O;
                if ((r = Binary(stack[sp - 1].O!, b, instrs[ip] >> 8)) == null) return -1;
                stack[sp - 1].O = r;
                ip++;
                break;
            }
            case OpCode.SubscrFastConst:
                if ((r = Subscript(fast[arg].O, consts[instrs[ip] >> 8])) == null) return -1;
                stack[sp++].O = r;
                ip += 2;
                break;
            case OpCode.CompareFastFastJump:
            case OpCode.CompareFastConstJump:
                if ((target = BranchOfOperands(word, instrs, ip, fast, consts)) < 0) return -1;
                ip = target;
                break;
            case OpCode.CompareTopFastJump:
            case OpCode.CompareTopConstJump:
            {
                var b = (OpCode)(word & 0xFF) == OpCode.CompareTopConstJump ? consts[arg] : fast[arg].O;
                if ((target = Branch(stack[sp - 1].O!, b, instrs, ip)) < 0) return -1;
                sp--;
                ip = target;
                break;
            }
            case OpCode.CompareJump:
                if ((target = Branch(stack[sp - 2].O!, stack[sp - 1].O, instrs, ip - 1)) < 0) return -1;
                sp -= 2;
                ip = target;
                break;
            default:
                return -1;
        }
        return (long)ip << 32 | (uint)sp;
    }

    /// <summary>LOAD_FAST a; LOAD_FAST b | LOAD_CONST c; BINARY_OP: the result, or null.</summary>
    public static PyObject? BinaryOfOperands(int word, int[] instrs, int ip, Slot[] fast, PyObject[] consts)
    {
        var a = fast[word >> 8].O;
        int second = instrs[ip] >> 8;
        var b = (OpCode)(word & 0xFF) is OpCode.BinaryFastConst or OpCode.BinaryFastConstStore ? consts[second] : fast[second].O;
        return a == null || b == null ? null : FastArith.Binary(a, b, (BinOpKind)((instrs[ip + 1] >> 8) & 15));
    }

    /// <summary>BINARY_OP with its arg on two operands (b null: an unbound local), or null.</summary>
    public static PyObject? Binary(PyObject a, PyObject? b, int binaryArg) =>
        b == null ? null : FastArith.Binary(a, b, (BinOpKind)(binaryArg & 15));

    /// <summary>LOAD_FAST a; LOAD_CONST c; BINARY_SUBSCR on an exact list or tuple in range, or null.</summary>
    public static PyObject? Subscript(PyObject? container, PyObject key) =>
        container == null ? null : FastItems.GetItem(container, key);

    /// <summary>LOAD_FAST a; LOAD_FAST b | LOAD_CONST c; COMPARE_OP; POP_JUMP_IF_*: the next ip, or -1.</summary>
    public static int BranchOfOperands(int word, int[] instrs, int ip, Slot[] fast, PyObject[] consts)
    {
        var a = fast[word >> 8].O;
        int second = instrs[ip] >> 8;
        var b = (OpCode)(word & 0xFF) == OpCode.CompareFastConstJump ? consts[second] : fast[second].O;
        return a == null ? -1 : Branch(a, b, instrs, ip + 1);
    }

    /// <summary>
    /// COMPARE_OP at <paramref name="compareIp"/> on two operands, then the POP_JUMP_IF_* after it:
    /// the next ip, or -1 when the comparison is not an exact int/float one (b null: unbound).
    /// </summary>
    public static int Branch(PyObject a, PyObject? b, int[] instrs, int compareIp)
    {
        int cmp = b == null ? -1 : FastArith.Compare(a, b, (CompareOp)(instrs[compareIp] >> 8));
        if (cmp < 0) return -1;
        int jump = instrs[compareIp + 1];
        return (cmp != 0) == ((OpCode)(jump & 0xFF) == OpCode.PopJumpIfTrue) ? jump >> 8 : compareIp + 2;
    }
}
