using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Stdlib.Data;

/// <summary>
/// glob, shutil and tempfile go through os and open(), so the file grants hold for them: without any
/// grant they refuse with PermissionError naming the missing access; with one granted folder they work
/// inside it and are refused outside it.
/// </summary>
public sealed class FileModuleGrantTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly string _granted;
    private readonly string _outside;

    public FileModuleGrantTests()
    {
        _granted = Directory.CreateDirectory(Path.Combine(_root.Path, "granted")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_root.Path, "outside")).FullName;
        File.WriteAllText(Path.Combine(_granted, "inside.txt"), "inside");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
    }

    public void Dispose() => _root.Dispose();

    private static string Outcome(Interpreter interp, string statement)
    {
        interp.Exec($"import glob, shutil, tempfile, os\ntry:\n    {statement}\n    outcome = 'ok'\nexcept Exception as e:\n    outcome = f'{{type(e).__name__}}: {{e}}'");
        return ((CrossStr)interp.EvalValue("outcome")).Value;
    }

    [Theory]
    [InlineData("tempfile.gettempdir()", "tempfile.gettempdir()")]
    [InlineData("tempfile.mkdtemp()", "tempfile.mkdtemp()")]
    [InlineData("tempfile.NamedTemporaryFile()", "tempfile.NamedTemporaryFile()")]
    [InlineData("tempfile.TemporaryDirectory()", "tempfile.mkdtemp()")]
    [InlineData("glob.glob('/tmp/*')", "glob.glob()")]
    public void Without_a_file_grant_the_call_is_refused(string call, string named)
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated);
        Assert.Equal($"PermissionError: {named} is not available: file access was not granted to this interpreter",
            Outcome(interp, call));
    }

    [Fact]
    public void Shutil_without_a_grant_is_refused_by_the_calls_it_makes()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated);
        Assert.StartsWith("PermissionError: open() is not available", Outcome(interp, "shutil.copyfile('/a', '/b')"));
        Assert.StartsWith("PermissionError: os.scandir() is not available", Outcome(interp, "shutil.copytree('/a', '/b')"));
    }

    [Fact]
    public void Inside_a_granted_folder_they_work_and_outside_they_are_refused()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated with { Files = FileGrants.Of(new FolderGrant(_granted, true)) });
        var g = _granted.Replace("\\", "/");
        var o = _outside.Replace("\\", "/");
        Assert.Equal("ok", Outcome(interp, $"d = tempfile.mkdtemp(dir='{g}'); shutil.copy('{g}/inside.txt', d); assert os.listdir(d) == ['inside.txt']"));
        Assert.Equal("ok", Outcome(interp, $"assert [os.path.basename(p) for p in glob.glob('{g}/*.txt')] == ['inside.txt']"));
        Assert.Equal("ok", Outcome(interp, $"shutil.rmtree(d); assert not os.path.exists(d)"));
        Assert.StartsWith("PermissionError: open(): read access", Outcome(interp, $"shutil.copy('{o}/secret.txt', '{g}/stolen.txt')"));
        Assert.StartsWith("PermissionError: os.mkdir(): write access", Outcome(interp, $"tempfile.mkdtemp(dir='{o}')"));
        Assert.False(File.Exists(Path.Combine(_granted, "stolen.txt")));
    }
}
