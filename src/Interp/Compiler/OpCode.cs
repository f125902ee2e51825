namespace GilGrid.Interp.Compiler;

/// <summary>
/// The instruction set, close to CPython 3.13's so that its compiler can be followed case by case.
/// An instruction is one int: opcode in the low 8 bits, argument in the upper 24. Jump arguments
/// are absolute instruction indexes. Calls see [callable, self_or_null, args...] on the stack.
/// </summary>
public enum OpCode : byte
{
    Nop,
    PopTop,
    PushNull,
    Copy,               // arg n: push stack[-n]
    Swap,               // arg n: swap top with stack[-n]
    LoadConst,
    ReturnValue,
    ReturnConst,

    LoadFast,
    LoadFastCheck,      // raises UnboundLocalError when unset
    StoreFast,
    DeleteFast,
    MakeCell,           // wraps local slot arg in a cell (keeps an argument's value)
    CopyFreeVars,       // copies the function's closure into the last arg slots
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    LoadClosure,        // pushes the cell itself
    LoadFromDictOrDeref,// class bodies: locals mapping first, then the cell
    LoadFromDictOrGlobals,
    LoadName,
    StoreName,
    DeleteName,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadLocals,
    LoadBuildClass,
    SetupAnnotations,

    LoadAttr,
    LoadMethod,         // pushes [method, self] or [attr, NULL]
    StoreAttr,
    DeleteAttr,

    BinaryOp,           // arg: BinOpKind, +16 for in-place
    UnaryNegative,
    UnaryNot,
    UnaryInvert,
    UnaryPositive,
    CompareOp,          // arg: CompareOp; +16 to convert to bool is implicit
    IsOp,               // arg 1 = `is not`
    ContainsOp,         // arg 1 = `not in`
    ToBool,

    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice,

    BuildTuple,
    BuildList,
    BuildSet,
    BuildMap,
    BuildString,
    ListAppend,         // arg: depth of the list below TOS
    SetAdd,
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    DictMerge,          // like DictUpdate but duplicates are an error (f(**a, **b))
    ListToTuple,
    UnpackSequence,
    UnpackEx,           // arg: before | after << 8

    Jump,
    JumpBackward,       // a loop back-edge: counts against the budget
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,

    GetIter,
    ForIter,            // arg: target when exhausted (the iterator is popped)
    EndFor,

    Call,               // arg: argc
    CallKw,             // arg: argc; a tuple of keyword names on top
    CallFunctionEx,     // arg 1: a kwargs dict is on top
    MakeFunction,       // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure
    CallIntrinsic1,     // arg: Intrinsic1

    RaiseVarargs,
    Reraise,            // arg 1: restore lasti from the stack
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    CheckEgMatch,
    PrepReraiseStar,    // [orig, list of raised] -> the exception group to re-raise, or None
    WithExceptStart,
    BeforeWith,
    BeforeAsyncWith,
    LoadAssertionError,
    CleanupThrow,

    ImportName,
    ImportFrom,

    FormatSimple,
    FormatWithSpec,
    ConvertValue,       // arg: 1 str, 2 repr, 3 ascii

    ReturnGenerator,
    YieldValue,
    GetYieldFromIter,
    Send,               // arg: target when the sub-iterator finished
    EndSend,
    GetAwaitable,
    GetAiter,
    GetAnext,
    EndAsyncFor,

    MatchClass,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    GetLen,

    // Superinstructions: never emitted by the compiler. Vm/Quickening.cs writes them over the
    // first instruction of a sequence in a per-code copy of the instructions, keeping its arg and
    // every following word, so a jump into the sequence and the fallback both run the originals.
    // LOAD_FAST below stands for LOAD_FAST or LOAD_FAST_CHECK (an unbound local takes the fallback).
    BinaryFastFast,         // LOAD_FAST a; LOAD_FAST b; BINARY_OP
    BinaryFastFastStore,    // LOAD_FAST a; LOAD_FAST b; BINARY_OP; STORE_FAST
    BinaryFastConst,        // LOAD_FAST a; LOAD_CONST c; BINARY_OP
    BinaryFastConstStore,   // LOAD_FAST a; LOAD_CONST c; BINARY_OP; STORE_FAST
    BinaryStore,            // BINARY_OP; STORE_FAST
    SubscrFastConst,        // LOAD_FAST a; LOAD_CONST c; BINARY_SUBSCR
    CompareFastFastJump,    // LOAD_FAST a; LOAD_FAST b; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
    CompareFastConstJump,   // LOAD_FAST a; LOAD_CONST c; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
    CompareJump,            // COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
    BinaryTopFast,          // LOAD_FAST b; BINARY_OP (the left operand on the stack)
    BinaryTopConst,         // LOAD_CONST c; BINARY_OP
    CompareTopFastJump,     // LOAD_FAST b; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
    CompareTopConstJump,    // LOAD_CONST c; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
}

public enum Intrinsic1 { Print, ImportStar, StopIterationError, UnaryPositive, ListToTuple, TypeVar, ParamSpec, TypeVarTuple, TypeAlias, CloseDropped }
