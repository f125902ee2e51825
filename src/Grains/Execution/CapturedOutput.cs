using System.Text;

namespace GilGrid.Grains.Execution;

/// <summary>
/// An interpreter's stdout or stderr inside a grain: collects what one call prints so that the call
/// can return it. Bounded, because a script printing in a loop must not exhaust the silo's memory or
/// exceed Orleans' message size: past the limit, text is counted and dropped, and a note says so.
/// Locked: the Python thread writes while the grain's turn may take what was written so far
/// (<c>IInterpreterGrain.TakeOutput</c>).
/// </summary>
public sealed class CapturedOutput(int maxChars = CapturedOutput.DefaultMaxChars) : TextWriter
{
    public const int DefaultMaxChars = 4 * 1024 * 1024;

    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();
    private long _dropped;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            if (_text.Length < maxChars)
                _text.Append(value);
            else
                _dropped++;
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;
        Write(value.AsSpan());
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock)
        {
            var room = Math.Max(0, maxChars - _text.Length);
            var kept = Math.Min(room, buffer.Length);
            _text.Append(buffer[..kept]);
            _dropped += buffer.Length - kept;
        }
    }

    /// <summary>Returns what was written since the last call and starts afresh.</summary>
    public string Take()
    {
        lock (_lock)
        {
            if (_dropped > 0)
                _text.Append($"\n[gilgrid: output truncated, {_dropped} more characters dropped]\n");
            var text = _text.ToString();
            _text.Clear();
            _dropped = 0;
            return text;
        }
    }
}
