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

    private static PyType Exc(string name, PyType? b, string doc)
    {
        var t = Make(name, b ?? Object);
        t.Attrs["__doc__"] = PyStr.From(doc);
        t.HasInstanceDict = true;
        // Every exception shares BaseException's C# layout, so they combine in multiple inheritance.
        t.Layout = BaseException ?? t;
        ExceptionTypes.Add(t);
        return t;
    }

    private static void CreateExceptionTypes()
    {
        BaseException = Exc("BaseException", null, "Common base class for all exceptions");
        BaseExceptionGroup = Exc("BaseExceptionGroup", BaseException,
            "A combination of multiple unrelated exceptions.");
        GeneratorExit = Exc("GeneratorExit", BaseException, "Request that a generator exit.");
        KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException, "Program interrupted by user.");
        SystemExit = Exc("SystemExit", BaseException, "Request to exit from the interpreter.");
        Exception = Exc("Exception", BaseException, "Common base class for all non-exit exceptions.");
        ArithmeticError = Exc("ArithmeticError", Exception, "Base class for arithmetic errors.");
        FloatingPointError = Exc("FloatingPointError", ArithmeticError, "Floating-point operation failed.");
        OverflowError = Exc("OverflowError", ArithmeticError, "Result too large to be represented.");
        ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError,
            "Second argument to a division or modulo operation was zero.");
        AssertionError = Exc("AssertionError", Exception, "Assertion failed.");
        AttributeError = Exc("AttributeError", Exception, "Attribute not found.");
        BufferError = Exc("BufferError", Exception, "Buffer error.");
        EOFError = Exc("EOFError", Exception, "Read beyond end of file.");
        ImportError = Exc("ImportError", Exception, "Import can't find module, or can't find name in module.");
        ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError, "Module not found.");
        LookupError = Exc("LookupError", Exception, "Base class for lookup errors.");
        IndexError = Exc("IndexError", LookupError, "Sequence index out of range.");
        KeyError = Exc("KeyError", LookupError, "Mapping key not found.");
        MemoryError = Exc("MemoryError", Exception, "Out of memory.");
        NameError = Exc("NameError", Exception, "Name not found globally.");
        UnboundLocalError = Exc("UnboundLocalError", NameError, "Local name referenced but not bound to a value.");
        OSError = Exc("OSError", Exception, "Base class for I/O related errors.");
        BlockingIOError = Exc("BlockingIOError", OSError, "I/O operation would block.");
        ChildProcessError = Exc("ChildProcessError", OSError, "Child process error.");
        ConnectionError = Exc("ConnectionError", OSError, "Connection error.");
        BrokenPipeError = Exc("BrokenPipeError", ConnectionError, "Broken pipe.");
        ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError, "Connection aborted.");
        ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError, "Connection refused.");
        ConnectionResetError = Exc("ConnectionResetError", ConnectionError, "Connection reset.");
        FileExistsError = Exc("FileExistsError", OSError, "File already exists.");
        FileNotFoundError = Exc("FileNotFoundError", OSError, "File not found.");
        InterruptedError = Exc("InterruptedError", OSError, "Interrupted by signal.");
        IsADirectoryError = Exc("IsADirectoryError", OSError, "Operation doesn't work on directories.");
        NotADirectoryError = Exc("NotADirectoryError", OSError, "Operation only works on directories.");
        PermissionError = Exc("PermissionError", OSError, "Not enough permissions.");
        ProcessLookupError = Exc("ProcessLookupError", OSError, "Process not found.");
        TimeoutError = Exc("TimeoutError", OSError, "Timeout expired.");
        ReferenceError = Exc("ReferenceError", Exception, "Weak ref proxy used after referent went away.");
        RuntimeError = Exc("RuntimeError", Exception, "Unspecified run-time error.");
        NotImplementedError = Exc("NotImplementedError", RuntimeError,
            "Method or function hasn't been implemented yet.");
        PythonFinalizationError = Exc("PythonFinalizationError", RuntimeError,
            "Operation blocked during Python finalization.");
        RecursionError = Exc("RecursionError", RuntimeError, "Recursion limit exceeded.");
        StopAsyncIteration = Exc("StopAsyncIteration", Exception, "Signal the end from iterator.__anext__().");
        StopIteration = Exc("StopIteration", Exception, "Signal the end from iterator.__next__().");
        SyntaxError = Exc("SyntaxError", Exception, "Invalid syntax.");
        IndentationError = Exc("IndentationError", SyntaxError, "Improper indentation.");
        TabError = Exc("TabError", IndentationError, "Improper mixture of spaces and tabs.");
        SystemError = Exc("SystemError", Exception,
            "Internal error in the Python interpreter.\n"
            + "\n"
            + "Please report this to the Python maintainer, along with the traceback,\n"
            + "the Python version, and the hardware/OS platform and version.");
        TypeError = Exc("TypeError", Exception, "Inappropriate argument type.");
        ValueError = Exc("ValueError", Exception, "Inappropriate argument value (of correct type).");
        UnicodeError = Exc("UnicodeError", ValueError, "Unicode related error.");
        UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError, "Unicode decoding error.");
        UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError, "Unicode encoding error.");
        UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError, "Unicode translation error.");
        Warning = Exc("Warning", Exception, "Base class for warning categories.");
        BytesWarning = Exc("BytesWarning", Warning,
            "Base class for warnings about bytes and buffer related problems, mostly\n"
            + "related to conversion from str or comparing to str.");
        DeprecationWarning = Exc("DeprecationWarning", Warning, "Base class for warnings about deprecated features.");
        EncodingWarning = Exc("EncodingWarning", Warning, "Base class for warnings about encodings.");
        FutureWarning = Exc("FutureWarning", Warning,
            "Base class for warnings about constructs that will change semantically\n"
            + "in the future.");
        ImportWarning = Exc("ImportWarning", Warning,
            "Base class for warnings about probable mistakes in module imports");
        PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning,
            "Base class for warnings about features which will be deprecated\n"
            + "in the future.");
        ResourceWarning = Exc("ResourceWarning", Warning, "Base class for warnings about resource usage.");
        RuntimeWarning = Exc("RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior.");
        SyntaxWarning = Exc("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.");
        UnicodeWarning = Exc("UnicodeWarning", Warning,
            "Base class for warnings about Unicode related problems, mostly\n"
            + "related to conversion problems.");
        UserWarning = Exc("UserWarning", Warning, "Base class for warnings generated by user code.");
        ExceptionGroup = new PyType(Type, "ExceptionGroup", [BaseExceptionGroup, Exception]) { HasInstanceDict = true, Layout = BaseException };
        ExceptionGroup.Mro = PyType.ComputeMro(ExceptionGroup);
        BaseExceptionGroup.AddBuiltinSubclass(ExceptionGroup);
        Exception.AddBuiltinSubclass(ExceptionGroup);
        AllBuiltin.Add(ExceptionGroup);
        ExceptionTypes.Add(ExceptionGroup);
    }
}
