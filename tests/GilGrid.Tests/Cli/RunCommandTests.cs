using Xunit;
using GilGrid.Tests.TestSupport;

namespace GilGrid.Tests.Cli;

/// <summary>
/// `gilgrid run` driven as a user drives it: the real executable, exact stdout, stderr and exit
/// code. Expected texts were produced by CPython 3.13 on the same inputs (paths replaced by {dir}).
/// </summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Hello_example_prints_its_tour()
    {
        var result = await GilgridProcess.RunAsync("run", "examples/hello.py");

        Assert.Equal("", result.Stderr);
        Assert.Equal("""
            Hello from GilGrid!

            planet   moons   sunlight
            Jupiter     95   43.3 min
            Mars         2   12.7 min
            Earth        1    8.3 min
            Mercury      0    3.2 min
            Venus        0    6.0 min

            with moons: Earth, Mars, Jupiter
            total moons: 98
            closest: Planet('Mercury', moons=0)
            top words: [('grid', 2), ('python', 2), ('runs', 2)]
            caught: 'Planet' object has no attribute 'rings'

            """, result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Dash_c_runs_the_string()
    {
        var result = await GilgridProcess.RunAsync("run", "-c", "total = sum(range(10))\nprint('total', total)");

        Assert.Equal(new ProcessResult(0, "total 45\n", ""), result);
    }

    [Fact]
    public async Task Dash_c_sets_argv_like_python()
    {
        var result = await GilgridProcess.RunAsync("run", "-c", "import sys; print(sys.argv)", "a", "-x", "--y");

        Assert.Equal(new ProcessResult(0, "['-c', 'a', '-x', '--y']\n", ""), result);
    }

    [Fact]
    public async Task Script_gets_argv_and_imports_from_its_own_folder()
    {
        using var dir = new TempFolder();
        dir.Write("helper.py", "def greet(name):\n    return 'hi ' + name\n");
        var script = dir.Write("main.py", "import sys\nimport helper\nprint(sys.argv[1:], helper.greet('grid'))\n");

        // Run from another folder: the import must come from the script's folder, not the cwd.
        var result = await GilgridProcess.RunAsync(["run", script, "one", "two"], workingDirectory: RepoPaths.Root);

        Assert.Equal(new ProcessResult(0, "['one', 'two'] hi grid\n", ""), result);
    }

    [Fact]
    public async Task Program_from_stdin()
    {
        var result = await GilgridProcess.RunAsync(["run", "-"], stdin: "print('from', 'stdin')\n");

        Assert.Equal(new ProcessResult(0, "from stdin\n", ""), result);
    }

    [Fact]
    public async Task Uncaught_exception_prints_cpython_traceback_and_exits_1()
    {
        using var dir = new TempFolder();
        var script = dir.Write("raises.py", """
            def divide(a, b):
                return a / b


            def main():
                print("before")
                divide(1, 0)


            main()

            """);

        var result = await GilgridProcess.RunAsync("run", script);

        Assert.Equal("before\n", result.Stdout);
        Assert.Equal("""
            Traceback (most recent call last):
              File "{dir}/raises.py", line 10, in <module>
                main()
                ~~~~^^
              File "{dir}/raises.py", line 7, in main
                divide(1, 0)
                ~~~~~~^^^^^^
              File "{dir}/raises.py", line 2, in divide
                return a / b
                       ~~^~~
            ZeroDivisionError: division by zero

            """.Replace("{dir}", dir.Path), result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }

    // CPython 3.13 keeps the source of `-c` (and of the prompt) for tracebacks.
    [Fact]
    public async Task Traceback_of_a_dash_c_string_shows_its_source_lines()
    {
        var result = await GilgridProcess.RunAsync("run", "-c", "print('partial')\n{}['missing']");

        Assert.Equal(new ProcessResult(1, "partial\n", """
            Traceback (most recent call last):
              File "<string>", line 2, in <module>
                {}['missing']
                ~~^^^^^^^^^^^
            KeyError: 'missing'

            """), result);
    }

    [Fact]
    public async Task Syntax_error_prints_cpython_block_with_caret_and_exits_1()
    {
        using var dir = new TempFolder();
        var script = dir.Write("syntax_error.py", """
            values = [1, 2, 3]
            if len(values) > 2
                print("long")

            """);

        var result = await GilgridProcess.RunAsync("run", script);

        Assert.Equal("", result.Stdout);
        Assert.Equal("""
              File "{dir}/syntax_error.py", line 2
                if len(values) > 2
                                  ^
            SyntaxError: expected ':'

            """.Replace("{dir}", dir.Path), result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task SystemExit_with_a_number_is_the_exit_code()
    {
        var result = await GilgridProcess.RunAsync("run", "-c", "import sys\nprint('bye')\nsys.exit(3)");

        Assert.Equal(new ProcessResult(3, "bye\n", ""), result);
    }

    [Fact]
    public async Task SystemExit_with_a_message_prints_it_and_exits_1()
    {
        var result = await GilgridProcess.RunAsync("run", "-c", "raise SystemExit('stopped: no input')");

        Assert.Equal(new ProcessResult(1, "", "stopped: no input\n"), result);
    }

    [Fact]
    public async Task Missing_file_is_one_line_and_exit_2()
    {
        using var dir = new TempFolder();

        var result = await GilgridProcess.RunAsync(["run", "nosuch.py"], workingDirectory: dir.Path);

        Assert.Equal(new ProcessResult(2, "",
            $"gilgrid: can't open file '{dir.Path}/nosuch.py': [Errno 2] No such file or directory\n"), result);
    }

    [Fact]
    public async Task Folder_without_main_is_an_error()
    {
        using var dir = new TempFolder();

        var result = await GilgridProcess.RunAsync("run", dir.Path);

        Assert.Equal(new ProcessResult(1, "", $"gilgrid: can't find '__main__' module in '{dir.Path}'\n"), result);
    }
}
