using GilGrid.Grains.Interfaces.Plugins;
using Xunit;

namespace GilGrid.Tests.Grid;

public sealed class PluginBundleTests
{
    [Fact]
    public void A_package_folder_brings_every_module_with_dotted_names()
    {
        var root = Directory.CreateTempSubdirectory("gilgrid-bundle-").FullName;
        try
        {
            var pkg = Path.Combine(root, "acme");
            Directory.CreateDirectory(Path.Combine(pkg, "sub"));
            Directory.CreateDirectory(Path.Combine(pkg, "data"));
            File.WriteAllText(Path.Combine(pkg, "__init__.py"), "X = 1\n");
            File.WriteAllText(Path.Combine(pkg, "core.py"), "def f(): pass\n");
            File.WriteAllText(Path.Combine(pkg, "sub", "__init__.py"), "");
            File.WriteAllText(Path.Combine(pkg, "sub", "deep.py"), "Y = 2\n");
            File.WriteAllText(Path.Combine(pkg, "data", "not_a_package.py"), "");

            var bundle = PluginBundle.FromPath(pkg, "acme.core:f");

            Assert.Equal("acme", bundle.Name);
            Assert.Equal(["acme", "acme.core", "acme.sub", "acme.sub.deep"], bundle.Modules.Select(m => m.Name));
            Assert.Equal([true, false, true, false], bundle.Modules.Select(m => m.IsPackage));
            Assert.Equal("acme/sub/__init__.py", bundle.Modules[2].FileName);
            Assert.Equal(bundle.Id, PluginBundle.FromPath(pkg, "acme.core:f").Id);
            File.WriteAllText(Path.Combine(pkg, "core.py"), "def f(): return 1\n");
            Assert.NotEqual(bundle.Id, PluginBundle.FromPath(pkg, "acme.core:f").Id);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_py_file_is_one_module_and_anything_else_is_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gilgrid_plugin_{Guid.NewGuid():N}.py");
        File.WriteAllText(file, "def run(x):\n    return x\n");
        try
        {
            var bundle = PluginBundle.FromPath(file);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), Assert.Single(bundle.Modules).Name);
            Assert.Throws<FileNotFoundException>(() => PluginBundle.FromPath(file + ".missing"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
