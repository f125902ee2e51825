using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

public sealed class ModuleSourceTests
{
    private static Interpreter WithPackage()
    {
        var interp = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions());
        interp.AddModuleSources([
            new ModuleSource("shop", "from .pricing import total\nloaded = []\n", IsPackage: true),
            new ModuleSource("shop.pricing", "from . import rules\nshop_loaded = True\ndef total(xs):\n    return sum(rules.price(x) for x in xs)\n"),
            new ModuleSource("shop.rules", "def price(x):\n    return 10 // x\n"),
        ]);
        return interp;
    }

    [Fact]
    public void A_package_imports_its_submodules_lazily_with_relative_imports()
    {
        using var interp = WithPackage();

        Assert.Equal(CrossValue.From(false), interp.EvalValue("'shop' in __import__('sys').modules"));
        Assert.Equal(CrossValue.From(15), interp.Call("shop", "total", [CrossValue.Tuple(CrossValue.From(1), CrossValue.From(2))]));
        Assert.Equal(CrossValue.From("shop/pricing.py"), interp.EvalValue("__import__('shop.pricing').pricing.__file__"));
        Assert.Equal(CrossValue.From("shop"), interp.EvalValue("__import__('shop.rules').rules.__package__"));
    }

    [Fact]
    public void Tracebacks_name_the_module_files_of_the_bundle()
    {
        using var interp = WithPackage();

        var e = Assert.Throws<PythonException>(() => interp.Call("shop", "total", [CrossValue.Tuple(CrossValue.From(0))]));

        Assert.Equal("ZeroDivisionError", e.TypeName);
        Assert.Contains("File \"shop/pricing.py\", line 4, in total", e.FormattedTraceback);
        Assert.Contains("File \"shop/rules.py\", line 2, in price\n    return 10 // x", e.FormattedTraceback);
    }

    [Fact]
    public void A_missing_submodule_is_a_module_not_found_error()
    {
        using var interp = WithPackage();

        var e = Assert.Throws<PythonException>(() => interp.Import("shop.missing"));

        Assert.Equal("ModuleNotFoundError", e.TypeName);
        Assert.Equal("No module named 'shop.missing'", e.PyMessage);
    }

    [Fact]
    public void Sources_of_one_interpreter_are_invisible_to_another()
    {
        using var withPlugin = WithPackage();
        using var other = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions());

        withPlugin.Import("shop");
        var e = Assert.Throws<PythonException>(() => other.Import("shop"));

        Assert.Equal("No module named 'shop'", e.PyMessage);
    }
}
