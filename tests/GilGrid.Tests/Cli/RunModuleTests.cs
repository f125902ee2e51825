using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>`gilgrid run -m` (expected texts from CPython 3.13's `python -m` on the same files) and
/// `gilgrid run --cluster`.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RunModuleTests(ClusterFixture fixture) : IDisposable
{
    private const string Show = "import sys\nprint(__name__, sys.argv, __file__, __package__)\n";

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_module_runs_as_main_with_its_full_path_in_argv()
    {
        _dir.Write("mod.py", Show + "import helper\nprint(helper.VALUE)\n");
        _dir.Write("helper.py", "VALUE = 42\n");

        var result = await GilgridProcess.RunAsync(["run", "-m", "mod", "a", "-b"], _dir.Path);

        Assert.Equal(new ProcessResult(0, $"__main__ ['{_dir.Path}/mod.py', 'a', '-b'] {_dir.Path}/mod.py \n42\n", ""), result);
    }

    [Fact]
    public async Task A_package_runs_its_main_and_relative_imports_work()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "pkg"));
        _dir.Write("pkg/__init__.py", "");
        _dir.Write("pkg/__main__.py", Show + "from . import sub\nprint(sub.VALUE)\n");
        _dir.Write("pkg/sub.py", "VALUE = 'sub'\n");

        var package = await GilgridProcess.RunAsync(["run", "-m", "pkg"], _dir.Path);
        var submodule = await GilgridProcess.RunAsync(["run", "-mpkg.sub"], _dir.Path);

        Assert.Equal(new ProcessResult(0, $"__main__ ['{_dir.Path}/pkg/__main__.py'] {_dir.Path}/pkg/__main__.py pkg\nsub\n", ""), package);
        Assert.Equal((0, ""), (submodule.ExitCode, submodule.Stdout));
    }

    [Fact]
    public async Task A_missing_module_is_one_line_and_exit_1()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));
        _dir.Write("empty/__init__.py", "");

        var missing = await GilgridProcess.RunAsync(["run", "-m", "nosuch"], _dir.Path);
        var package = await GilgridProcess.RunAsync(["run", "-m", "empty"], _dir.Path);

        Assert.Equal(new ProcessResult(1, "", "gilgrid: No module named nosuch\n"), missing);
        Assert.Equal(new ProcessResult(1, "",
            "gilgrid: No module named empty.__main__; 'empty' is a package and cannot be directly executed\n"), package);
    }

    [Fact]
    public async Task A_file_runs_in_a_cluster_grain_with_python_exit_codes()
    {
        var script = _dir.Write("job.py", "import sys\nprint('args', sys.argv[1:])\nif sys.argv[1] == 'fail':\n    {}['k']\nsys.exit(int(sys.argv[1]))\n");

        var ok = await GilgridProcess.RunAsync(["run", .. fixture.CliClusterArgs, script, "4"]);
        var failed = await GilgridProcess.RunAsync(["run", .. fixture.CliClusterArgs, script, "fail"]);

        Assert.Equal(new ProcessResult(4, "args ['4']\n", ""), ok);
        Assert.Equal(new ProcessResult(1, "args ['fail']\n",
            $"Traceback (most recent call last):\n  File \"{script}\", line 4, in <module>\n    {{}}['k']\n    ~~^^^^^\nKeyError: 'k'\n"), failed);
    }

    [Fact]
    public async Task Run_on_an_unreachable_cluster_is_one_line_and_exit_1()
    {
        var result = await GilgridProcess.RunAsync(["run", "--cluster", "127.0.0.1:1", "-c", "print(1)"]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gilgrid: cannot reach the cluster at 127.0.0.1:1 (cluster 'dev'): ", result.Stderr);
    }
}
