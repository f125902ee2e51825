using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>The README's "Writing a native module" example, run as written.</summary>
public sealed class HostModuleExampleTests
{
    [Fact]
    public void The_readme_host_module_works_in_its_interpreter_only()
    {
        var prices = new Dictionary<string, double> { ["apple"] = 0.5, ["pear"] = 0.75 };
        using var interp = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions());
        interp.AddHostModule("catalog", new Dictionary<string, HostFunction>
        {
            ["price"] = call => call.Args is [CrossStr { Value: var item }] && prices.TryGetValue(item, out var p)
                ? new CrossFloat(p)
                : throw new HostError("KeyError", $"no price for {call.Args[0]}"),
        });

        interp.Exec("import catalog\ntotal = catalog.price('apple') * 3 + catalog.price('pear')");

        Assert.Equal(new CrossFloat(2.25), interp.EvalValue("total"));
        var e = Assert.Throws<PythonException>(() => interp.Exec("catalog.price('plum')"));
        Assert.Equal("KeyError", e.TypeName);
        using var other = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions());
        Assert.Equal("ModuleNotFoundError", Assert.Throws<PythonException>(() => other.Exec("import catalog")).TypeName);
    }
}
