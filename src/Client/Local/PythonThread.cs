namespace GilGrid.Client.Local;

/// <summary>
/// Runs work on a new thread with a known stack, for code that drives an interpreter. The engine
/// probes the stack before native recursion (parser, C# callbacks into Python), and a generous fixed
/// size makes the depth it allows the same everywhere (a .NET pool thread gets 1.5 MB on Linux).
/// </summary>
public static class PythonThread
{
    private const int StackBytes = 16 * 1024 * 1024;

    public static Task<T> RunAsync<T>(Func<T> work, string name)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, StackBytes)
        {
            Name = name,
        };
        thread.Start();
        return done.Task;
    }
}
