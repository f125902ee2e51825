using GilGrid.Client.Json;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>Instances of user classes cross where CPython would pickle them, if the receiver can import the class.</summary>
public sealed class PickledCopyTests
{
    private const string Shapes = """
        from dataclasses import dataclass

        @dataclass
        class Point:
            x: int
            y: int

        def norm2(p):
            return p.x * p.x + p.y * p.y
        """;

    /// <summary>Python that installs `shapes` in the running interpreter without a file (as a plugin would be).</summary>
    private const string InstallShapes = """
        import sys
        shapes_module = type(sys)('shapes')
        exec(SHAPES, shapes_module.__dict__)
        sys.modules['shapes'] = shapes_module
        import shapes
        """;

    [Fact]
    public void Queue_items_and_call_arguments_and_results_cross_as_pickles()
    {
        var output = ShareableTests.Run($"""
            SHAPES = {Quoted(Shapes)}
            {InstallShapes}
            import interpreters
            sub = interpreters.create()
            q = interpreters.create_queue()
            sub.prepare_main(q=q, SHAPES=SHAPES)
            sub.exec({Quoted(InstallShapes)})
            q.put(shapes.Point(1, 2))
            q.put([shapes.Point(3, 4), 'tail'])
            sub.exec("p = q.get(); print(p, type(p) is shapes.Point); l = q.get(); print(l, type(l[0]) is shapes.Point)")
            print(sub.call(shapes.norm2, shapes.Point(3, 4)))
            r = sub.call(shapes.Point, 5, 6)
            print(r, type(r) is shapes.Point)
            class Local:
                pass
            q.put(Local())
            try:
                sub.exec("q.get()")
            except interpreters.ExecutionFailed as e:
                print(e.excinfo.type.__name__, e.excinfo.msg.startswith("Can't get attribute 'Local' on <module '__main__'"))
            try:
                q.put(lambda: 1)
            except interpreters.NotShareableError as e:
                print('lambda refused')
            """);
        Assert.Equal("""
            Point(x=1, y=2) True
            [Point(x=3, y=4), 'tail'] True
            25
            Point(x=5, y=6) True
            AttributeError True
            lambda refused

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void The_host_gets_a_pickled_value_that_another_interpreter_with_the_class_loads()
    {
        using var sender = new Interpreter(InterpreterConfig.Isolated);
        using var receiver = new Interpreter(InterpreterConfig.Isolated);
        using var stranger = new Interpreter(InterpreterConfig.Isolated);
        sender.InstallModule("shapes", Shapes);
        receiver.InstallModule("shapes", Shapes);
        var point = Assert.IsType<CrossPickled>(sender.Call("shapes", "Point", [CrossValue.From(3), CrossValue.From(4)]));
        Assert.Equal(("shapes", "Point", "Point"), (point.Module, point.QualName, point.TypeName));
        Assert.False(point.IsShareable);
        Assert.Equal(CrossValue.From(25), receiver.Call("shapes", "norm2", [point]));
        sender.Exec("import shapes");
        var both = Assert.IsType<CrossList>(sender.EvalValue("[shapes.Point(1, 1), 2]"));
        Assert.IsType<CrossPickled>(both.Items[0]);
        var e = Assert.Throws<PythonException>(() => stranger.Call("builtins", "repr", [point]));
        Assert.Equal("ModuleNotFoundError: No module named 'shapes'", e.Message);
    }

    [Fact]
    public void The_wire_carries_the_pickle_and_json_output_refuses_it()
    {
        using var sender = new Interpreter(InterpreterConfig.Isolated);
        sender.InstallModule("shapes", Shapes);
        var point = sender.Call("shapes", "Point", [CrossValue.From(1), CrossValue.From(2)]);
        var wire = Assert.IsType<WirePickled>(WireCross.ToWire(point));
        Assert.Equal(point, WireCross.ToCross(wire));
        var e = Assert.Throws<NotJsonSerializableException>(() => WireJson.Serialize(new WireList(new WireStr("a"), wire)));
        Assert.Equal("Object of type Point is not JSON serializable", e.Message);
    }

    private static string Quoted(string source) => "'''" + source.Replace("\\", "\\\\") + "'''";
}
