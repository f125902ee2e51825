using Xunit;

namespace GilGrid.Tests.Conformance;

/// <summary>The comparison itself: a runner that never reports a difference would pass every program.</summary>
public class ExpectationTests
{
    static readonly Expectation Clean = new("a\nb\n", null, 0);
    static readonly Expectation Traceback = new("out\n", "Traceback (most recent call last):\nKeyError: 'x'\n", 1);

    [Fact]
    public void IdenticalRunMatches()
    {
        Assert.Null(Clean.Compare(new RunResult("a\nb\n", "", 0, false)));
        Assert.Null(Traceback.Compare(new RunResult("out\n", "Traceback (most recent call last):\nKeyError: 'x'\n", 1, false)));
    }

    [Fact]
    public void StdoutDifferenceIsReportedWithTheLine()
    {
        var mismatch = Clean.Compare(new RunResult("a\nc\n", "", 0, false));
        Assert.NotNull(mismatch);
        Assert.Equal("stdout differs", mismatch.Summary);
        Assert.Contains("first difference at line 2", mismatch.Details);
    }

    [Fact]
    public void MissingTrailingNewlineIsADifference() =>
        Assert.NotNull(Clean.Compare(new RunResult("a\nb", "", 0, false)));

    [Fact]
    public void UnexpectedFailureShowsOurError()
    {
        var mismatch = Clean.Compare(new RunResult("a\n", "Traceback (most recent call last):\nNameError: name 'x' is not defined\n", 1, false));
        Assert.NotNull(mismatch);
        Assert.StartsWith("exit 1 (want 0); NameError: name 'x' is not defined", mismatch.Summary);
    }

    [Fact]
    public void HostCrashSummaryNamesTheDotNetException()
    {
        var mismatch = Clean.Compare(new RunResult("", ProgramRunner.HostErrorPrefix + "System.NotImplementedException: nope\n   at X\n", -1, false));
        Assert.NotNull(mismatch);
        Assert.Contains("System.NotImplementedException: nope", mismatch.Summary);
    }

    [Fact]
    public void StderrAndExitCodeAreComparedWhenCPythonFailed()
    {
        Assert.NotNull(Traceback.Compare(new RunResult("out\n", "Traceback (most recent call last):\nKeyError: 'y'\n", 1, false)));
        Assert.NotNull(Traceback.Compare(new RunResult("out\n", "Traceback (most recent call last):\nKeyError: 'x'\n", 2, false)));
    }

    [Fact]
    public void TimeoutNeverMatches() =>
        Assert.Equal("timed out", Clean.Compare(new RunResult("a\nb\n", "", -1, true))?.Summary);

    [Fact]
    public void CorpusProgramsAllHaveExpectations()
    {
        foreach (var folder in Corpus.Folders())
        {
            var programs = Corpus.Programs(folder);
            Assert.NotEmpty(programs);
            foreach (var program in programs)
                Expectation.Load(folder, program);
        }
    }
}
