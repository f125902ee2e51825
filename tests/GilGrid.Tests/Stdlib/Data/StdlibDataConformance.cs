using GilGrid.Tests.Conformance;
using Xunit;

namespace GilGrid.Tests.Stdlib.Data;

/// <summary>The data half of the standard library (json, re, random, ...) against CPython 3.13's recorded output.</summary>
public class StdlibDataConformance
{
    public static TheoryData<string> Passing => Corpus.Cases("stdlib_data", knownFailures: false);

    [Theory]
    [MemberData(nameof(Passing))]
    public void Program(string id) => ConformanceCheck.Matches(id);
}
