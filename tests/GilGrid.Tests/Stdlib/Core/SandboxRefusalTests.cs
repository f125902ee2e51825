using GilGrid.Interp;
using Xunit;

namespace GilGrid.Tests.Stdlib.Core;

/// <summary>
/// os, os.path and pathlib in an interpreter without the file-system or environment capability:
/// the pure path functions work, every access is refused with a PermissionError naming what is
/// missing (the same wording as open()). CPython grants everything, so conformance programs
/// cannot show these refusals.
/// </summary>
public class SandboxRefusalTests
{
    private static string Refusal(string statement)
    {
        using var interp = new Interpreter();
        interp.Exec($"import os, os.path, pathlib\ntry:\n    {statement}\nexcept PermissionError as e:\n    caught = str(e)\nelse:\n    caught = None");
        return interp.EvalRepr("caught");
    }

    [Theory]
    [InlineData("os.listdir('.')", "os.listdir()")]
    [InlineData("os.stat('/etc/passwd')", "os.stat()")]
    [InlineData("os.getcwd()", "os.getcwd()")]
    [InlineData("os.makedirs('x')", "os.makedirs()")]
    [InlineData("os.path.exists('/etc')", "os.path.exists()")]
    [InlineData("os.path.abspath('rel')", "os.path.abspath() of a relative path")]
    [InlineData("pathlib.Path('/etc/passwd').read_text()", "Path.read_text()")]
    [InlineData("pathlib.Path('x').mkdir()", "Path.mkdir()")]
    [InlineData("list(pathlib.Path('.').iterdir())", "Path.iterdir()")]
    public void FileAccessIsRefused(string statement, string what) =>
        Assert.Equal($"'{what} is not available: file access was not granted to this interpreter'", Refusal(statement));

    [Theory]
    [InlineData("os.environ['HOME']", "os.environ")]
    [InlineData("os.environ.get('HOME')", "os.environ")]
    [InlineData("os.getenv('HOME')", "os.getenv()")]
    [InlineData("os.path.expanduser('~/x')", "os.path.expanduser()")]
    [InlineData("pathlib.Path.home()", "Path.home()")]
    public void EnvironmentAccessIsRefused(string statement, string what) =>
        Assert.Equal($"'{what} is not available: environment access was not granted to this interpreter'", Refusal(statement));

    [Fact]
    public void ProcessAccessIsRefused() =>
        Assert.Equal("'os.system() is not available: process access was not granted to this interpreter'", Refusal("os.system('ls')"));

    [Fact]
    public void PurePathWorkAndOpenUsesTheSameWording()
    {
        using var interp = new Interpreter();
        interp.Exec("import os, pathlib\np = pathlib.Path('/data') / 'in.csv'\nj = os.path.join('a', 'b')");
        Assert.Equal("(PosixPath('/data/in.csv'), 'a/b', '.csv')", interp.EvalRepr("(p, j, p.suffix)"));
        Assert.Equal("'open() is not available: file access was not granted to this interpreter'",
            Refusal("open('/etc/passwd')"));
    }
}
