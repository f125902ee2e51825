using GilGrid.Interp;
using GilGrid.Interp.Modules;
using Xunit;

namespace GilGrid.Tests.Stdlib.Core;

/// <summary>Frozen and native core modules are per interpreter: state set in one is never seen in another.</summary>
public class CoreModuleIsolationTests
{
    [Fact]
    public void WarningsFiltersBelongToOneInterpreter()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        a.Exec("import warnings\nwarnings.simplefilter('error')");
        b.Exec("import warnings");
        Assert.Equal("0", b.EvalRepr("len(warnings.filters)"));
        Assert.Equal("1", a.EvalRepr("len(warnings.filters)"));
        var e = Assert.Throws<PythonException>(() => a.Exec("warnings.warn('boom')"));
        Assert.Equal("UserWarning", e.TypeName);
        b.Exec("warnings.warn('quiet')");
    }

    [Fact]
    public void FrozenModuleObjectsAreNotShared()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        a.Exec("import collections\ncollections.marker = 10");
        b.Exec("import collections");
        Assert.Equal("10", a.EvalRepr("collections.marker"));
        Assert.Equal("False", b.EvalRepr("hasattr(collections, 'marker')"));
        Assert.Equal("False", b.EvalRepr("collections.OrderedDict is None"));
    }

    [Fact]
    public void FrozenModulesHaveNoFileAndAreFoundBeforeSysPath()
    {
        using var interp = new Interpreter();
        Assert.Equal("False", interp.EvalRepr("hasattr(__import__('dataclasses'), '__file__')"));
        Assert.Equal("[]", interp.EvalRepr("__import__('collections').__path__"));
        Assert.Equal("'collections.abc'", interp.EvalRepr("__import__('collections.abc').abc.__name__"));
    }

    [Fact]
    public void FrozenCodeIsCompiledOncePerProcess()
    {
        var entry = FrozenModules.Find("functools");
        Assert.NotNull(entry);
        Assert.Same(entry.Code, entry.Code);
        Assert.False(entry.IsPackage);
        Assert.True(FrozenModules.Find("collections")!.IsPackage);
    }

    [Fact]
    public void GcSettingsArePerInterpreter()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        a.Exec("import gc\ngc.disable()");
        b.Exec("import gc");
        Assert.Equal("False", a.EvalRepr("gc.isenabled()"));
        Assert.Equal("True", b.EvalRepr("gc.isenabled()"));
    }
}
