using System.Text.Json;
using System.Text.Json.Serialization;

namespace GilGrid.Bench;

/// <summary>
/// The child side of <see cref="WorkerClient"/>: `GilGrid.Bench --worker SECONDS` reads one program
/// path per line on stdin and answers each with one result line on stdout.
/// </summary>
internal static class Worker
{
    public const string Flag = "--worker";
    /// <summary>Starts every result line, so stray output of the engine cannot be mistaken for one.</summary>
    public const string Marker = "@@gilgrid-bench-result ";

    public static int Serve(TimeSpan timeout)
    {
        var stdout = Console.Out;
        while (Console.In.ReadLine() is { } path)
        {
            var program = BenchProgram.FromFile(path);
            var result = OurRunner.Run(program, timeout);
            stdout.Write(Marker);
            stdout.WriteLine(JsonSerializer.Serialize(result, WorkerJson.Default.RunResult));
            stdout.Flush();
        }
        return 0;
    }

    public static RunResult Decode(string line) =>
        JsonSerializer.Deserialize(line, WorkerJson.Default.RunResult) ?? RunResult.Failed("worker sent an empty result");
}

// A failed run's time is NaN, which JSON only carries as a named literal.
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(RunResult))]
internal sealed partial class WorkerJson : JsonSerializerContext;
