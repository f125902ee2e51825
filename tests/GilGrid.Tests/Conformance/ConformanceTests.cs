using Xunit;

namespace GilGrid.Tests.Conformance;

/// <summary>Runs one corpus program through our interpreter and compares with CPython's recorded output.</summary>
public static class ConformanceCheck
{
    public const string SkipReason = "listed in tests/conformance/known_failures.txt";

    public static void Matches(string id)
    {
        var (folder, program) = Split(id);
        var mismatch = Expectation.Load(folder, program).Compare(ProgramRunner.Run(folder, program));
        if (mismatch is not null)
            Assert.Fail($"{id}: {mismatch.Summary}\n{mismatch.Details}");
    }

    public static (string Folder, string Program) Split(string id)
    {
        var slash = id.LastIndexOf('/');
        return (id[..slash], id[(slash + 1)..]);
    }
}

// One class per corpus folder, so that each corpus shows (and can be filtered) on its own.
// To add a corpus: create tests/conformance/<folder>/ with programs and expectations, then a class here.

public class LanguageConformance
{
    public static TheoryData<string> Passing => Corpus.Cases("language", knownFailures: false);
    public static TheoryData<string> Known => Corpus.Cases("language", knownFailures: true);

    [Theory]
    [MemberData(nameof(Passing))]
    [MemberData(nameof(Known), Skip = ConformanceCheck.SkipReason)]
    public void Program(string id) => ConformanceCheck.Matches(id);
}

public class DataModelConformance
{
    public static TheoryData<string> Passing => Corpus.Cases("datamodel", knownFailures: false);
    public static TheoryData<string> Known => Corpus.Cases("datamodel", knownFailures: true);

    [Theory]
    [MemberData(nameof(Passing))]
    [MemberData(nameof(Known), Skip = ConformanceCheck.SkipReason)]
    public void Program(string id) => ConformanceCheck.Matches(id);
}
