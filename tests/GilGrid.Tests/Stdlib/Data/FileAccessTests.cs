using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Stdlib.Data;

/// <summary>
/// The host's file grants (<see cref="InterpreterConfig.Files"/>): what a granted folder allows, and
/// that no spelling of a path (outside, `..`, a symlink inside the grant) reaches beyond it.
/// Layout: granted/ (with inside.txt, a link to outside/ and a link to outside/secret.txt) and outside/secret.txt.
/// </summary>
public sealed class FileAccessTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly string _granted;
    private readonly string _outside;

    public FileAccessTests()
    {
        _granted = Directory.CreateDirectory(Path.Combine(_root.Path, "granted")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_root.Path, "outside")).FullName;
        File.WriteAllText(Path.Combine(_granted, "inside.txt"), "inside");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_granted, "to_secret.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_granted, "to_outside"), _outside);
    }

    public void Dispose() => _root.Dispose();

    private Interpreter Granted(bool writable) =>
        new(InterpreterConfig.Isolated with { Files = FileGrants.Of(new FolderGrant(_granted, writable)) });

    /// <summary>What running <paramref name="statement"/> did: "ok" plus the value of `result`, or the error.</summary>
    private static string Outcome(Interpreter interp, string statement)
    {
        interp.Exec($"import os, pathlib\ntry:\n    {statement}\n    outcome = 'ok'\nexcept Exception as e:\n    outcome = f'{{type(e).__name__}}: {{e}}'");
        return ((CrossStr)interp.EvalValue("outcome")).Value;
    }

    private string P(string relative) => Path.Combine(_granted, relative).Replace("\\", "/");

    [Fact]
    public void A_granted_folder_can_be_read_and_written()
    {
        using var interp = Granted(writable: true);
        Assert.Equal("ok", Outcome(interp, $"open('{P("new.txt")}', 'w').write('made')"));
        Assert.Equal("made", File.ReadAllText(Path.Combine(_granted, "new.txt")));
        Assert.Equal("ok", Outcome(interp, $"assert open('{P("inside.txt")}').read() == 'inside'"));
        Assert.Equal("ok", Outcome(interp, $"assert sorted(os.listdir('{_granted}'))[0] == 'inside.txt'"));
        Assert.Equal("ok", Outcome(interp, $"os.makedirs('{P("sub/deeper")}')"));
        Assert.True(Directory.Exists(Path.Combine(_granted, "sub", "deeper")));
    }

    [Fact]
    public void A_path_outside_every_grant_is_refused_naming_the_missing_access()
    {
        using var interp = Granted(writable: true);
        var secret = Path.Combine(_outside, "secret.txt");
        Assert.Equal($"PermissionError: open(): read access to '{secret}' was not granted to this interpreter",
            Outcome(interp, $"open('{secret}')"));
        Assert.Equal($"PermissionError: os.listdir(): read access to '{_outside}' was not granted to this interpreter",
            Outcome(interp, $"os.listdir('{_outside}')"));
        Assert.StartsWith("PermissionError: Path.write_text(): write access", Outcome(interp, $"pathlib.Path('{_outside}/x').write_text('x')"));
        Assert.False(File.Exists(Path.Combine(_outside, "x")));
    }

    [Theory]
    [InlineData("../outside/secret.txt")]
    [InlineData("sub/../../outside/secret.txt")]
    [InlineData("./../granted/../outside/secret.txt")]
    public void Dot_dot_cannot_climb_out_of_the_grant(string relative)
    {
        using var interp = Granted(writable: true);
        Assert.StartsWith("PermissionError: open(): read access", Outcome(interp, $"open('{P(relative)}')"));
        Assert.StartsWith("PermissionError: os.remove(): write access", Outcome(interp, $"os.remove('{P(relative)}')"));
        Assert.True(File.Exists(Path.Combine(_outside, "secret.txt")));
    }

    [Theory]
    [InlineData("to_secret.txt")]
    [InlineData("to_outside/secret.txt")]
    [InlineData("to_outside/../outside/secret.txt")]
    public void A_symlink_inside_the_grant_does_not_lead_out_of_it(string relative)
    {
        using var interp = Granted(writable: true);
        Assert.StartsWith("PermissionError: open(): read access", Outcome(interp, $"open('{P(relative)}')"));
        Assert.StartsWith("PermissionError: open(): write access", Outcome(interp, $"open('{P(relative)}', 'w')"));
        Assert.Equal("secret", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
    }

    [Fact]
    public void Listing_through_a_symlinked_folder_is_refused()
    {
        using var interp = Granted(writable: false);
        Assert.StartsWith("PermissionError: os.listdir(): read access", Outcome(interp, $"os.listdir('{P("to_outside")}')"));
        Assert.StartsWith("PermissionError: os.path.realpath(): read access", Outcome(interp, $"os.path.realpath('{P("to_outside")}')"));
    }

    [Theory]
    [InlineData("open('{0}', 'w')", "open()")]
    [InlineData("open('{0}', 'a')", "open()")]
    [InlineData("open('{0}', 'r+')", "open()")]
    [InlineData("os.remove('{0}')", "os.remove()")]
    [InlineData("os.rename('{0}', '{0}.moved')", "os.rename()")]
    [InlineData("pathlib.Path('{0}').write_bytes(b'x')", "Path.write_bytes()")]
    [InlineData("pathlib.Path('{0}').unlink()", "Path.unlink()")]
    public void A_read_only_grant_refuses_writes(string template, string what)
    {
        using var interp = Granted(writable: false);
        var inside = P("inside.txt");
        Assert.Equal($"PermissionError: {what}: write access to '{inside}' was not granted to this interpreter",
            Outcome(interp, string.Format(template, inside)));
        Assert.Equal("inside", File.ReadAllText(inside));
        Assert.Equal("ok", Outcome(interp, $"assert pathlib.Path('{inside}').read_text() == 'inside'"));
    }

    [Fact]
    public void A_read_only_grant_refuses_making_folders()
    {
        using var interp = Granted(writable: false);
        Assert.StartsWith("PermissionError: os.mkdir(): write access", Outcome(interp, $"os.mkdir('{P("d")}')"));
        Assert.False(Directory.Exists(P("d")));
    }

    [Fact]
    public void An_isolated_interpreter_has_no_file_or_environment_access()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated);
        Assert.Equal("PermissionError: open() is not available: file access was not granted to this interpreter",
            Outcome(interp, $"open('{P("inside.txt")}')"));
        Assert.Equal("PermissionError: os.environ is not available: environment access was not granted to this interpreter",
            Outcome(interp, "os.environ['PATH']"));
    }

    [Fact]
    public void The_environment_capability_opens_os_environ()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated with { AllowEnvironment = true });
        Assert.Equal("ok", Outcome(interp, "assert os.environ['PATH'] == os.getenv('PATH') and 'PATH' in os.environ"));
    }

    [Fact]
    public void Everything_grants_any_path()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated with { Files = FileGrants.All });
        Assert.Equal("ok", Outcome(interp, $"assert open('{P("to_secret.txt")}').read() == 'secret'"));
    }
}
