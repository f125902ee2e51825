namespace GilGrid.Bench;

/// <summary>The command line: which programs, how many runs, which CPython, what output.</summary>
internal sealed class BenchOptions
{
    public List<string> Filters { get; } = [];
    public int Runs { get; private set; } = 3;
    public bool Json { get; private set; }
    /// <summary>An explicit CPython executable; null means `python3` with PYENV_VERSION=3.13.0.</summary>
    public string? PythonPath { get; private set; }
    public bool NoPython { get; private set; }
    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(120);
    public string? ProgramsDir { get; private set; }

    public const string Usage = """
        usage: GilGrid.Bench [options]
          --filter TEXT    run only programs whose name contains TEXT (repeatable)
          --runs N         best of N runs per implementation (default 3)
          --json           print results as JSON instead of a table
          --python PATH    CPython executable (default: python3 with PYENV_VERSION=3.13.0)
          --no-python      measure our interpreter only
          --timeout SEC    give up on one run of one program after SEC seconds (default 120)
          --programs DIR   folder of *.py programs (default: bench/programs of this checkout)
        """;

    /// <summary>Parses args; returns null and writes the reason to <paramref name="error"/> on bad input.</summary>
    public static BenchOptions? Parse(string[] args, out string? error)
    {
        var options = new BenchOptions();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Length) throw new ArgumentException($"{arg} needs a value");
                return args[++i];
            }
            try
            {
                switch (arg)
                {
                    case "--filter": options.Filters.Add(Value()); break;
                    case "--runs": options.Runs = PositiveInt(arg, Value()); break;
                    case "--json": options.Json = true; break;
                    case "--python": options.PythonPath = Value(); break;
                    case "--no-python": options.NoPython = true; break;
                    case "--timeout": options.Timeout = TimeSpan.FromSeconds(PositiveInt(arg, Value())); break;
                    case "--programs": options.ProgramsDir = Value(); break;
                    default: throw new ArgumentException($"unknown option {arg}");
                }
            }
            catch (ArgumentException e)
            {
                error = e.Message;
                return null;
            }
        }
        return options;
    }

    static int PositiveInt(string option, string text) =>
        int.TryParse(text, out var n) && n > 0 ? n : throw new ArgumentException($"{option} needs a positive integer, got '{text}'");
}
