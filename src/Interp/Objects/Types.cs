namespace GilGrid.Interp.Objects;

/// <summary>
/// The builtin types and immortal singletons: created once per process, filled by each type's
/// Register function, then frozen. Statics here are immutable and shared by every interpreter.
/// </summary>
public static partial class Types
{
    public static readonly PyType Object, Type;
    public static readonly PyType NoneType, NotImplementedType, EllipsisType;
    public static readonly PyType Int, Bool, Float, Complex, Str, Bytes, ByteArray, MemoryView;
    public static readonly PyType Tuple, List, Dict, Set, FrozenSet, Range, Slice;
    public static readonly PyType DictKeys, DictValues, DictItems, MappingProxy;
    public static readonly PyType Function, BuiltinFunction, MethodDescriptor, ClassMethodDescriptor, GetSetDescriptor, MemberDescriptor;
    public static readonly PyType WrapperDescriptor, MethodWrapper;
    public static readonly PyType Method, Cell, Module, Code, Frame, Traceback;
    public static readonly PyType Property, ClassMethod, StaticMethod, Super;
    public static readonly PyType Generator, Coroutine, CoroutineWrapper, AsyncGenerator, AsyncGenASend;
    public static readonly PyType Iterator, CallableIterator, ListIterator, ListReverseIterator, TupleIterator,
        StrIterator, BytesIterator, RangeIterator, DictKeyIterator, DictValueIterator, DictItemIterator, SetIterator,
        DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator,
        Enumerate, Zip, Map, Filter, Reversed, GenericAlias, Union;

    public static readonly PySingleton NoneObj, NotImplementedObj, EllipsisObj;

    static Types()
    {
        Object = new PyType(null, "object", []) { IsBaseType = true };
        Object.Mro = [Object];
        Type = new PyType(null, "type", [Object]);
        Object.Type = Type;
        Type.Type = Type;
        Type.Mro = [Type, Object];
        // A class keeps its attributes in its own dict (exposed by type.__dict__), never an instance dict.
        Type.HasInstanceDict = true;
        AllBuiltin.Add(Object);
        AllBuiltin.Add(Type);

        NoneType = Final("NoneType");
        NotImplementedType = Final("NotImplementedType");
        EllipsisType = Final("ellipsis");
        NoneObj = new PySingleton(NoneType, "None");
        NotImplementedObj = new PySingleton(NotImplementedType, "NotImplemented");
        EllipsisObj = new PySingleton(EllipsisType, "Ellipsis");

        Int = Make("int");
        Bool = Make("bool", Int, final: true);
        Float = Make("float");
        Complex = Make("complex");
        Str = Make("str");
        Bytes = Make("bytes");
        ByteArray = Make("bytearray");
        MemoryView = Final("memoryview");
        Tuple = Make("tuple");
        List = Make("list");
        Dict = Make("dict");
        Set = Make("set");
        FrozenSet = Make("frozenset");
        Range = Final("range");
        Slice = Final("slice");
        DictKeys = Final("dict_keys");
        DictValues = Final("dict_values");
        DictItems = Final("dict_items");
        MappingProxy = Final("mappingproxy");
        Function = Final("function");
        BuiltinFunction = Final("builtin_function_or_method");
        MethodDescriptor = Final("method_descriptor");
        WrapperDescriptor = Final("wrapper_descriptor");
        MethodWrapper = Final("method-wrapper");
        ClassMethodDescriptor = Final("classmethod_descriptor");
        GetSetDescriptor = Final("getset_descriptor");
        MemberDescriptor = Final("member_descriptor");
        Method = Final("method");
        Cell = Final("cell");
        Module = Make("module");
        Code = Final("code");
        Frame = Final("frame");
        Traceback = Final("traceback");
        Property = Make("property");
        ClassMethod = Make("classmethod");
        StaticMethod = Make("staticmethod");
        Super = Make("super");
        Generator = Final("generator");
        Coroutine = Final("coroutine");
        CoroutineWrapper = Final("coroutine_wrapper");
        AsyncGenerator = Final("async_generator");
        AsyncGenASend = Final("async_generator_asend");
        Iterator = Final("iterator");
        CallableIterator = Final("callable_iterator");
        ListIterator = Final("list_iterator");
        ListReverseIterator = Final("list_reverseiterator");
        TupleIterator = Final("tuple_iterator");
        StrIterator = Final("str_ascii_iterator");
        BytesIterator = Final("bytes_iterator");
        RangeIterator = Final("range_iterator");
        DictKeyIterator = Final("dict_keyiterator");
        DictValueIterator = Final("dict_valueiterator");
        DictItemIterator = Final("dict_itemiterator");
        SetIterator = Final("set_iterator");
        DictReverseKeyIterator = Final("dict_reversekeyiterator");
        DictReverseValueIterator = Final("dict_reversevalueiterator");
        DictReverseItemIterator = Final("dict_reverseitemiterator");
        GenericAlias = Final("GenericAlias");
        Union = Final("UnionType");
        Enumerate = Make("enumerate");
        Zip = Make("zip");
        Map = Make("map");
        Filter = Make("filter");
        Reversed = Make("reversed");

        CreateExceptionTypes();

        // Each builtin type declares its surface in its own file.
        ObjectMethods.Register(Object);
        TypeMethods.Register(Type);
        SingletonMethods.Register();
        IntMethods.Register(Int);
        BoolMethods.Register(Bool);
        FloatMethods.Register(Float);
        ComplexMethods.Register(Complex);
        StrMethods.Register(Str);
        BytesMethods.Register(Bytes);
        ByteArrayMethods.Register(ByteArray);
        MemoryViewMethods.Register(MemoryView);
        TupleMethods.Register(Tuple);
        ListMethods.Register(List);
        DictMethods.Register(Dict);
        DictViewMethods.Register();
        PyMappingProxy.Register(MappingProxy);
        SetMethods.Register(Set, FrozenSet);
        RangeMethods.Register(Range);
        SliceMethods.Register(Slice);
        FunctionMethods.Register();
        DescriptorMethods.Register();
        ModuleMethods.Register(Module);
        GeneratorMethods.Register();
        PyAsyncGenASend.Register();
        IteratorMethods.Register();
        GilGrid.Interp.Builtins.BuiltinIterators.Register();
        GilGrid.Interp.Builtins.UnionMethods.Register(Union);
        ExceptionMethods.Register();

        foreach (var t in AllBuiltin) t.IsImmutable = true;
    }

    private static readonly List<PyType> AllBuiltin = [];

    private static PyType Make(string name, PyType? @base = null, bool final = false)
    {
        var b = @base ?? Object;
        var t = new PyType(Type, name, [b]) { IsBaseType = !final };
        b.AddBuiltinSubclass(t);
        t.Mro = PyType.ComputeMro(t);
        t.Layout = t;
        AllBuiltin.Add(t);
        return t;
    }

    private static PyType Final(string name) => Make(name, null, final: true);

    /// <summary>All builtin types (for tests and `dir`); the list is immutable after start-up.</summary>
    public static IReadOnlyList<PyType> Builtins => AllBuiltin;
}
