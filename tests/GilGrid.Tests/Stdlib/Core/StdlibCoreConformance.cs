using GilGrid.Tests.Conformance;
using Xunit;

namespace GilGrid.Tests.Stdlib.Core;

/// <summary>The core standard library corpus (tests/conformance/stdlib_core), one case per program.</summary>
public class StdlibCoreConformance
{
    public static TheoryData<string> Passing => Corpus.Cases("stdlib_core", knownFailures: false);
    public static TheoryData<string> Known => Corpus.Cases("stdlib_core", knownFailures: true);

    [Theory]
    [MemberData(nameof(Passing))]
    [MemberData(nameof(Known), Skip = ConformanceCheck.SkipReason)]
    public void Program(string id) => ConformanceCheck.Matches(id);
}
