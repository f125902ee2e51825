using System.Numerics;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

public sealed class ShareableTests
{
    /// <summary>Runs Python and returns what it printed (the isolation tests speak Python).</summary>
    internal static string Run(string source, Interpreter? interp = null)
    {
        var output = new StringWriter();
        using var own = interp == null ? new Interpreter(InterpreterConfig.Main, new InterpreterOptions { Stdout = output }) : null;
        (interp ?? own!).Exec(source);
        return output.ToString();
    }

    public static TheoryData<CrossValue> RoundTripValues() =>
    [
        CrossValue.None,
        CrossValue.From(true),
        CrossValue.From(-7),
        CrossValue.From(BigInteger.Pow(2, 200)),
        CrossValue.From(1.5),
        CrossValue.From("héllo"),
        CrossValue.From([0, 255]),
        CrossValue.Tuple(CrossValue.From(1), CrossValue.Tuple(CrossValue.From("x"))),
        CrossValue.List(CrossValue.From(1), CrossValue.List()),
        new CrossDict([new(CrossValue.From("k"), CrossValue.List(CrossValue.None))]),
        new CrossSet([CrossValue.From(3)], Frozen: true),
    ];

    [Theory]
    [MemberData(nameof(RoundTripValues))]
    public void Values_round_trip_through_python(CrossValue value)
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated);
        interp.Exec("def ident(v):\n    return v\n");
        Assert.Equal(value, interp.Call("__main__", "ident", [value]));
    }

    [Fact]
    public void is_shareable_follows_cpython()
    {
        var output = Run("""
            import interpreters as I
            class MyInt(int): pass
            for v in [None, True, 2**100, 1.5, 'a', b'b', (1, ('x', None)), (), [1], (1, [2]), {}, set(), frozenset(), MyInt(1), object(), I.create_queue()]:
                print(type(v).__name__, I.is_shareable(v))
            """);
        Assert.Equal("""
            NoneType True
            bool True
            int True
            float True
            str True
            bytes True
            tuple True
            tuple True
            list False
            tuple False
            dict False
            set False
            frozenset False
            MyInt False
            object False
            Queue True

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void Shareable_values_cross_by_reference_and_containers_as_copies()
    {
        var output = Run("""
            import interpreters as I
            q = I.create_queue()
            t = ('a' * 50, 2**100, (1.5,))
            l = [1, [2]]
            q.put(t); q.put(l)
            t2 = q.get(); l2 = q.get()
            print(t2 is t, l2 == l, l2 is l, l2[1] is l[1])
            """);
        Assert.Equal("True True False False\n", output);
    }

    [Fact]
    public void NotShareableError_is_a_ValueError_with_cpythons_message()
    {
        var output = Run("""
            import interpreters as I
            interp = I.create()
            try:
                interp.prepare_main(x=[1])
            except ValueError as e:
                print(type(e).__name__, type(e).__mro__[1].__name__, e)
            try:
                I.create_queue().put(lambda: 0)
            except I.NotShareableError as e:
                print(str(e).endswith('does not support cross-interpreter data'))
            """);
        Assert.Equal("NotShareableError ValueError [1] does not support cross-interpreter data\nTrue\n", output);
    }

    [Fact]
    public void Nesting_deeper_than_the_cap_is_refused_clearly()
    {
        var output = Run("""
            import interpreters as I
            t = ()
            for i in range(999):
                t = (t,)
            print(I.is_shareable(t))
            t = (t,)
            print(I.is_shareable(t))
            try:
                I.create().prepare_main(t=t)
            except I.NotShareableError as e:
                print(e)
            l = []
            l.append(l)
            try:
                I.create_queue().put(l)
            except I.NotShareableError as e:
                print(e)
            """);
        Assert.Equal("""
            True
            False
            value nested more than 1000 levels deep cannot cross interpreters
            value nested more than 1000 levels deep cannot cross interpreters

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void Host_values_nested_too_deep_are_refused()
    {
        CrossValue v = CrossValue.Tuple();
        for (int i = 0; i < 1001; i++) v = CrossValue.Tuple(v);
        using var interp = new Interpreter(InterpreterConfig.Isolated);
        var e = Assert.Throws<PythonException>(() => interp.PrepareMain(new Dictionary<string, CrossValue> { ["v"] = v }));
        Assert.Equal("NotShareableError", e.TypeName);
    }
}
