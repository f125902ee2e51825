using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>
/// Who may open files, through the real executable: `gilgrid run` is the user's own script (every
/// file, like `python`); `gilgrid map` plugins get nothing unless --allow-read / --allow-write grant a folder.
/// </summary>
public sealed class FileGrantCommandTests : IDisposable
{
    private const string Plugin = """
        def read(name):
            with open('data/' + name) as f:
                return f.read()


        def write(name):
            with open('data/' + name, 'w') as f:
                return f.write('written by the plugin')

        """;

    private readonly TempFolder _dir = new();

    public FileGrantCommandTests()
    {
        _dir.Write("plugin.py", Plugin);
        Directory.CreateDirectory(Path.Combine(_dir.Path, "data"));
        _dir.Write("data/in.txt", "hello from a file");
        _dir.Write("in.jsonl", "\"in.txt\"\n");
        _dir.Write("out.jsonl", "\"out.txt\"\n");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_reads_and_writes_files_like_python()
    {
        _dir.Write("script.py", """
            with open('data/in.txt') as f:
                text = f.read()
            with open('data/copy.txt', 'w') as f:
                f.write(text.upper())
            print(open('data/copy.txt').read())
            """);
        var result = await GilgridProcess.RunAsync(["run", "script.py"], _dir.Path);

        Assert.Equal("", result.Stderr);
        Assert.Equal("HELLO FROM A FILE\n", result.Stdout);
        Assert.Equal("HELLO FROM A FILE", File.ReadAllText(Path.Combine(_dir.Path, "data", "copy.txt")));
    }

    [Fact]
    public async Task Map_without_a_grant_cannot_open_a_file()
    {
        var result = await GilgridProcess.RunAsync(["map", "plugin.py:read", "--input", "in.jsonl"], _dir.Path);

        Assert.StartsWith("{\"error\": {\"type\": \"PermissionError\", \"message\": \"open() is not available: " +
            "file access was not granted to this interpreter\"", result.Stdout);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Map_with_allow_read_reads_but_cannot_write()
    {
        var read = await GilgridProcess.RunAsync(["map", "plugin.py:read", "--input", "in.jsonl", "--allow-read", "data"], _dir.Path);
        Assert.Equal("{\"result\": \"hello from a file\"}\n", read.Stdout);
        Assert.Equal(0, read.ExitCode);

        var write = await GilgridProcess.RunAsync(["map", "plugin.py:write", "--input", "out.jsonl", "--allow-read", "data"], _dir.Path);
        Assert.StartsWith("{\"error\": {\"type\": \"PermissionError\", \"message\": \"open(): write access to 'data/out.txt' " +
            "was not granted to this interpreter\"", write.Stdout);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "data", "out.txt")));
    }

    [Fact]
    public async Task Map_with_allow_write_writes()
    {
        var result = await GilgridProcess.RunAsync(["map", "plugin.py:write", "--input", "out.jsonl", "--allow-write", "data"], _dir.Path);

        Assert.Equal("{\"result\": 21}\n", result.Stdout);
        Assert.Equal("written by the plugin", File.ReadAllText(Path.Combine(_dir.Path, "data", "out.txt")));
    }

    [Fact]
    public async Task Grants_need_the_local_backend()
    {
        var result = await GilgridProcess.RunAsync(
            ["map", "plugin.py:read", "--input", "in.jsonl", "--allow-read", "data", "--backend", "embedded"], _dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gilgrid map: --allow-read and --allow-write need --backend local", result.Stderr);
    }
}
