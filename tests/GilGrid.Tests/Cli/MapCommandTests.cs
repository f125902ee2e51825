using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>
/// `gilgrid map` through the real executable. Expected output lines are what
/// examples/cpython_map.py printed under CPython 3.13 for the same plugin and inputs.
/// </summary>
public sealed class MapCommandTests : IDisposable
{
    private const string Plugin = """
        def square(x):
            return x * x


        def describe(name, *, loud=False):
            text = f"hello {name}"
            return {"text": text.upper() if loud else text, "length": len(text), "parts": (name, loud)}


        def fail(x):
            if x == 2:
                raise ValueError(f"bad input {x}")
            return [x, None, 1.5]


        def echo(*args, **kwargs):
            return [list(args), kwargs, [type(a).__name__ for a in args]]

        """;

    private readonly TempFolder _dir = new();

    public MapCommandTests() => _dir.Write("plugin.py", Plugin);

    public void Dispose() => _dir.Dispose();

    private Task<ProcessResult> Map(string function, string inputs, params string[] more)
    {
        _dir.Write("in.jsonl", inputs);
        return GilgridProcess.RunAsync(["map", $"plugin.py:{function}", "--input", "in.jsonl", .. more], _dir.Path);
    }

    [Fact]
    public async Task Results_come_in_input_order_with_a_summary_on_stderr()
    {
        var result = await Map("square", "1\n2\n3\n[4]\n\n5\n", "--workers", "2");

        Assert.Equal("{\"result\": 1}\n{\"result\": 4}\n{\"result\": 9}\n{\"result\": 16}\n{\"result\": 25}\n", result.Stdout);
        Assert.Equal(0, result.ExitCode);
        var summary = result.Stderr.Split('\n');
        Assert.Matches(@"^map: 5 of 5 items in \d+\.\d\ds \([\d.]+ items/s\): 5 ok, 0 failed$", summary[0]);
        // Which worker takes which input depends on timing (one may take all of them).
        var perWorker = System.Text.RegularExpressions.Regex.Match(summary[1], @"^map: per worker: local-\d (\d)(?:, local-\d (\d))?$");
        Assert.True(perWorker.Success, summary[1]);
        Assert.Equal(5, perWorker.Groups.Values.Skip(1).Where(g => g.Success).Sum(g => int.Parse(g.Value)));
    }

    [Fact]
    public async Task Args_and_kwargs_reach_the_function_and_values_come_back_as_json()
    {
        var result = await Map("describe", "\"ana\"\n{\"args\": [\"ben\"], \"kwargs\": {\"loud\": true}}\n", "--workers", "1");

        Assert.Equal("""
            {"result": {"text": "hello ana", "length": 9, "parts": ["ana", false]}}
            {"result": {"text": "HELLO BEN", "length": 9, "parts": ["ben", true]}}

            """, result.Stdout);
    }

    [Fact]
    public async Task Values_cross_exactly_big_ints_floats_and_text_included()
    {
        var result = await Map("echo",
            "[1180591620717411303424, -0.0, 1e308, \"na\\u00efve \\u2713 \\\\n\", [true, null, {\"a\": [1.5]}]]\n" +
            "{\"args\": [[]], \"kwargs\": {\"k\": {\"x\": -9223372036854775809}}}\n");

        Assert.Equal(
            "{\"result\": [[1180591620717411303424, -0.0, 1e+308, \"na\u00efve \u2713 \\\\n\", [true, null, {\"a\": [1.5]}]], {}, [\"int\", \"float\", \"float\", \"str\", \"list\"]]}\n" +
            "{\"result\": [[[]], {\"k\": {\"x\": -9223372036854775809}}, [\"list\"]]}\n",
            result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_failing_input_is_an_error_record_and_the_run_goes_on()
    {
        var result = await Map("fail", "1\n2\n3\n", "--output", "out.jsonl");

        Assert.Equal("", result.Stdout);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($$$"""
            {"result": [1, null, 1.5]}
            {"error": {"type": "ValueError", "message": "bad input 2", "traceback": "Traceback (most recent call last):\n  File \"{{{_dir.Path}}}/plugin.py\", line 12, in fail\n    raise ValueError(f\"bad input {x}\")\nValueError: bad input 2\n"}}
            {"result": [3, null, 1.5]}

            """, File.ReadAllText(Path.Combine(_dir.Path, "out.jsonl")));
    }

    [Fact]
    public async Task Fail_fast_stops_at_the_first_failure()
    {
        var result = await Map("fail", "2\n1\n3\n", "--fail-fast", "--workers", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("{\"error\": {\"type\": \"ValueError\"", result.Stdout);
        Assert.Contains("map: stopped early", result.Stderr);
    }

    [Fact]
    public async Task A_bad_input_line_is_reported_with_its_number_before_anything_runs()
    {
        var result = await Map("square", "1\n{oops\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("gilgrid: in.jsonl:2: bad JSON: ", result.Stderr);
    }

    [Fact]
    public async Task An_unknown_function_is_one_line()
    {
        var result = await Map("nosuch", "1\n");

        Assert.Equal(new ProcessResult(2, "", "gilgrid: plugin.py has no function 'nosuch'\n"), result);
    }

    [Fact]
    public async Task A_missing_plugin_is_one_line()
    {
        var result = await GilgridProcess.RunAsync(["map", "nowhere.py:f", "--input", "x.jsonl"], _dir.Path);

        Assert.Equal(new ProcessResult(2, "",
            "gilgrid: can't open plugin 'nowhere.py': not a .py file or a package folder with __init__.py\n"), result);
    }
}
