namespace GilGrid.Interp.Objects;

// Generated from CPython 3.13's exception hierarchy (Lib/test/exception_hierarchy.txt).
public static partial class Types
{
    // Assigned once by CreateExceptionTypes during the static constructor, never again.
    public static PyType BaseException { get; private set; } = null!;
    public static PyType BaseExceptionGroup { get; private set; } = null!;
    public static PyType GeneratorExit { get; private set; } = null!;
    public static PyType KeyboardInterrupt { get; private set; } = null!;
    public static PyType SystemExit { get; private set; } = null!;
    public static PyType Exception { get; private set; } = null!;
    public static PyType ArithmeticError { get; private set; } = null!;
    public static PyType FloatingPointError { get; private set; } = null!;
    public static PyType OverflowError { get; private set; } = null!;
    public static PyType ZeroDivisionError { get; private set; } = null!;
    public static PyType AssertionError { get; private set; } = null!;
    public static PyType AttributeError { get; private set; } = null!;
    public static PyType BufferError { get; private set; } = null!;
    public static PyType EOFError { get; private set; } = null!;
    public static PyType ImportError { get; private set; } = null!;
    public static PyType ModuleNotFoundError { get; private set; } = null!;
    public static PyType LookupError { get; private set; } = null!;
    public static PyType IndexError { get; private set; } = null!;
    public static PyType KeyError { get; private set; } = null!;
    public static PyType MemoryError { get; private set; } = null!;
    public static PyType NameError { get; private set; } = null!;
    public static PyType UnboundLocalError { get; private set; } = null!;
    public static PyType OSError { get; private set; } = null!;
    public static PyType BlockingIOError { get; private set; } = null!;
    public static PyType ChildProcessError { get; private set; } = null!;
    public static PyType ConnectionError { get; private set; } = null!;
    public static PyType BrokenPipeError { get; private set; } = null!;
    public static PyType ConnectionAbortedError { get; private set; } = null!;
    public static PyType ConnectionRefusedError { get; private set; } = null!;
    public static PyType ConnectionResetError { get; private set; } = null!;
    public static PyType FileExistsError { get; private set; } = null!;
    public static PyType FileNotFoundError { get; private set; } = null!;
    public static PyType InterruptedError { get; private set; } = null!;
    public static PyType IsADirectoryError { get; private set; } = null!;
    public static PyType NotADirectoryError { get; private set; } = null!;
    public static PyType PermissionError { get; private set; } = null!;
    public static PyType ProcessLookupError { get; private set; } = null!;
    public static PyType TimeoutError { get; private set; } = null!;
    public static PyType ReferenceError { get; private set; } = null!;
    public static PyType RuntimeError { get; private set; } = null!;
    public static PyType NotImplementedError { get; private set; } = null!;
    public static PyType PythonFinalizationError { get; private set; } = null!;
    public static PyType RecursionError { get; private set; } = null!;
    public static PyType StopAsyncIteration { get; private set; } = null!;
    public static PyType StopIteration { get; private set; } = null!;
    public static PyType SyntaxError { get; private set; } = null!;
    public static PyType IndentationError { get; private set; } = null!;
    public static PyType TabError { get; private set; } = null!;
    public static PyType SystemError { get; private set; } = null!;
    public static PyType TypeError { get; private set; } = null!;
    public static PyType ValueError { get; private set; } = null!;
    public static PyType UnicodeError { get; private set; } = null!;
    public static PyType UnicodeDecodeError { get; private set; } = null!;
    public static PyType UnicodeEncodeError { get; private set; } = null!;
    public static PyType UnicodeTranslateError { get; private set; } = null!;
    public static PyType Warning { get; private set; } = null!;
    public static PyType BytesWarning { get; private set; } = null!;
    public static PyType DeprecationWarning { get; private set; } = null!;
    public static PyType EncodingWarning { get; private set; } = null!;
    public static PyType FutureWarning { get; private set; } = null!;
    public static PyType ImportWarning { get; private set; } = null!;
    public static PyType PendingDeprecationWarning { get; private set; } = null!;
    public static PyType ResourceWarning { get; private set; } = null!;
    public static PyType RuntimeWarning { get; private set; } = null!;
    public static PyType SyntaxWarning { get; private set; } = null!;
    public static PyType UnicodeWarning { get; private set; } = null!;
    public static PyType UserWarning { get; private set; } = null!;
    public static PyType ExceptionGroup { get; private set; } = null!;

    /// <summary>Every builtin exception type, in hierarchy order (the builtins module exports them).</summary>
    public static readonly List<PyType> ExceptionTypes = [];

    private static PyType Exc(string name, PyType? b)
    {
        var t = Make(name, b ?? Object);
        t.HasInstanceDict = true;
        // Every exception shares BaseException's C# layout, so they combine in multiple inheritance.
        t.Layout = BaseException ?? t;
        ExceptionTypes.Add(t);
        return t;
    }

    private static void CreateExceptionTypes()
    {
        BaseException = Exc("BaseException", null);
        BaseExceptionGroup = Exc("BaseExceptionGroup", BaseException);
        GeneratorExit = Exc("GeneratorExit", BaseException);
        KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
        SystemExit = Exc("SystemExit", BaseException);
        Exception = Exc("Exception", BaseException);
        ArithmeticError = Exc("ArithmeticError", Exception);
        FloatingPointError = Exc("FloatingPointError", ArithmeticError);
        OverflowError = Exc("OverflowError", ArithmeticError);
        ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
        AssertionError = Exc("AssertionError", Exception);
        AttributeError = Exc("AttributeError", Exception);
        BufferError = Exc("BufferError", Exception);
        EOFError = Exc("EOFError", Exception);
        ImportError = Exc("ImportError", Exception);
        ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
        LookupError = Exc("LookupError", Exception);
        IndexError = Exc("IndexError", LookupError);
        KeyError = Exc("KeyError", LookupError);
        MemoryError = Exc("MemoryError", Exception);
        NameError = Exc("NameError", Exception);
        UnboundLocalError = Exc("UnboundLocalError", NameError);
        OSError = Exc("OSError", Exception);
        BlockingIOError = Exc("BlockingIOError", OSError);
        ChildProcessError = Exc("ChildProcessError", OSError);
        ConnectionError = Exc("ConnectionError", OSError);
        BrokenPipeError = Exc("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Exc("ConnectionResetError", ConnectionError);
        FileExistsError = Exc("FileExistsError", OSError);
        FileNotFoundError = Exc("FileNotFoundError", OSError);
        InterruptedError = Exc("InterruptedError", OSError);
        IsADirectoryError = Exc("IsADirectoryError", OSError);
        NotADirectoryError = Exc("NotADirectoryError", OSError);
        PermissionError = Exc("PermissionError", OSError);
        ProcessLookupError = Exc("ProcessLookupError", OSError);
        TimeoutError = Exc("TimeoutError", OSError);
        ReferenceError = Exc("ReferenceError", Exception);
        RuntimeError = Exc("RuntimeError", Exception);
        NotImplementedError = Exc("NotImplementedError", RuntimeError);
        PythonFinalizationError = Exc("PythonFinalizationError", RuntimeError);
        RecursionError = Exc("RecursionError", RuntimeError);
        StopAsyncIteration = Exc("StopAsyncIteration", Exception);
        StopIteration = Exc("StopIteration", Exception);
        SyntaxError = Exc("SyntaxError", Exception);
        IndentationError = Exc("IndentationError", SyntaxError);
        TabError = Exc("TabError", IndentationError);
        SystemError = Exc("SystemError", Exception);
        TypeError = Exc("TypeError", Exception);
        ValueError = Exc("ValueError", Exception);
        UnicodeError = Exc("UnicodeError", ValueError);
        UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError);
        Warning = Exc("Warning", Exception);
        BytesWarning = Exc("BytesWarning", Warning);
        DeprecationWarning = Exc("DeprecationWarning", Warning);
        EncodingWarning = Exc("EncodingWarning", Warning);
        FutureWarning = Exc("FutureWarning", Warning);
        ImportWarning = Exc("ImportWarning", Warning);
        PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning);
        ResourceWarning = Exc("ResourceWarning", Warning);
        RuntimeWarning = Exc("RuntimeWarning", Warning);
        SyntaxWarning = Exc("SyntaxWarning", Warning);
        UnicodeWarning = Exc("UnicodeWarning", Warning);
        UserWarning = Exc("UserWarning", Warning);
        ExceptionGroup = new PyType(Type, "ExceptionGroup", [BaseExceptionGroup, Exception]) { HasInstanceDict = true, Layout = BaseException };
        ExceptionGroup.Mro = PyType.ComputeMro(ExceptionGroup);
        AllBuiltin.Add(ExceptionGroup);
        ExceptionTypes.Add(ExceptionGroup);
    }
}
