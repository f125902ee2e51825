using Xunit;
using GilGrid.Interp;

namespace GilGrid.Tests.Objects;

/// <summary>
/// Data-model details of the builtin types: sorting, int-to-float rounding, reverse iterators,
/// slot wrappers, unions, exception docstrings. Expected values were produced by CPython 3.13.
/// </summary>
public class DataModelTests
{
    private static Interpreter New() => new(new InterpreterOptions { Stdout = TextWriter.Null });

    [Theory]
    // Ties to even at 2**53 + 1 and + 3; .NET's own BigInteger conversion truncates 10**308.
    [InlineData("float(2**53 + 1), float(2**53 + 3), float(-(2**54 + 2)), float(10**308), float(2**64 - 1)",
        "(9007199254740992.0, 9007199254740996.0, -1.8014398509481984e+16, 1e+308, 1.8446744073709552e+19)")]
    // Longer than one 64-item run: several runs are merged, and equal keys keep their order.
    [InlineData("[p[1] for p in sorted([(i % 7, i) for i in range(200)], key=lambda p: p[0])][:12]",
        "[0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77]")]
    [InlineData("[p[1] for p in sorted([(i % 5, i) for i in range(150)], key=lambda p: p[0], reverse=True)][:12]",
        "[4, 9, 14, 19, 24, 29, 34, 39, 44, 49, 54, 59]")]
    [InlineData("list(reversed({'a': 1, 'b': 2, 'c': 3}.items())), type(reversed({})).__name__",
        "([('c', 3), ('b', 2), ('a', 1)], 'dict_reversekeyiterator')")]
    [InlineData("type(object.__init__).__name__, type([].__len__).__name__, type(list.__getitem__).__name__, type(int.__add__).__name__",
        "('wrapper_descriptor', 'method-wrapper', 'method_descriptor', 'wrapper_descriptor')")]
    [InlineData("(int | None).__args__, repr(int | None | str)", "((<class 'int'>, <class 'NoneType'>), 'int | None | str')")]
    [InlineData("ValueError.__doc__, KeyError.__doc__", "('Inappropriate argument value (of correct type).', 'Mapping key not found.')")]
    [InlineData("[c.__name__ for c in ArithmeticError.__subclasses__()]", "['FloatingPointError', 'OverflowError', 'ZeroDivisionError']")]
    public void ResultReprMatchesCPython(string expr, string expected)
    {
        using var interp = New();
        Assert.Equal(expected, interp.EvalRepr(expr));
    }

    [Theory]
    // The first failing comparison is CPython's: count_run compares the second item with the first.
    [InlineData("sorted([1, None, 2])", "TypeError", "'<' not supported between instances of 'NoneType' and 'int'")]
    [InlineData("round(1.5, 1, 1)", "TypeError", "round() takes at most 2 arguments (3 given)")]
    [InlineData("reversed(type('S', (), {'__getitem__': lambda s, i: i})())", "TypeError", "object of type 'S' has no len()")]
    [InlineData("del str.upper", "TypeError", "cannot set 'upper' attribute of immutable type 'str'")]
    public void ErrorMatchesCPython(string source, string type, string message)
    {
        using var interp = New();
        var e = Assert.Throws<PythonException>(() => interp.Exec(source));
        Assert.Equal(type, e.TypeName);
        Assert.Equal(message, e.PyMessage);
    }

    [Fact]
    public void Sort_detects_a_list_changed_by_its_key_function_and_keeps_the_sorted_items()
    {
        using var interp = New();
        interp.Exec("""
            data = [3, 1, 2]
            def key(x):
                data.append(0)
                data.pop()
                return x
            try:
                data.sort(key=key)
                outcome = 'no error'
            except ValueError as e:
                outcome = str(e)
            """);
        Assert.Equal("('list modified during sort', [1, 2, 3])", interp.EvalRepr("outcome, data"));
    }

    [Fact]
    public void Generic_function_exposes_its_type_parameters()
    {
        using var interp = New();
        interp.Exec("def first[T: int, *Ts](x: T) -> T: return x");
        Assert.Equal("((T, Ts), <class 'int'>, ())",
            interp.EvalRepr("first.__type_params__, first.__type_params__[0].__bound__, (lambda: 0).__type_params__"));
    }
}
