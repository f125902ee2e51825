using System.Collections.Immutable;
using System.Text.Json;
using GilGrid.Client.Json;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Map;

/// <summary>
/// Reads a map's inputs: one JSON value per line (blank lines are skipped). How a value becomes the
/// call's arguments: an array is spread as positional arguments; an object whose only keys are
/// "args" (an array) and/or "kwargs" (an object) gives both; any other value is the one argument.
/// </summary>
public static class MapInput
{
    /// <summary>Parses every line up front, so that a bad line stops the run before any call.</summary>
    /// <exception cref="MapInputException">a line is not JSON, or args/kwargs have the wrong shape</exception>
    public static IReadOnlyList<MapItem> Read(TextReader reader, string sourceName)
    {
        var items = new List<MapItem>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            WireValue value;
            try
            {
                value = WireJson.Parse(line);
            }
            catch (JsonException e)
            {
                throw new MapInputException($"{sourceName}:{lineNumber}: bad JSON: {FirstSentence(e.Message)}");
            }
            items.Add(ToItem(items.Count, lineNumber, value, sourceName));
        }
        return items;
    }

    private static MapItem ToItem(int index, int lineNumber, WireValue value, string sourceName)
    {
        var noKwargs = new WireDict([], []);
        switch (value)
        {
            case WireList list:
                return new MapItem(index, lineNumber, list.Items, noKwargs);
            case WireDict dict when dict.Count > 0 && dict.Keys.All(k => k is WireStr { Value: "args" or "kwargs" }):
                var args = ImmutableArray<WireValue>.Empty;
                var kwargs = noKwargs;
                for (var i = 0; i < dict.Count; i++)
                {
                    switch (((WireStr)dict.Keys[i]).Value, dict.Values[i])
                    {
                        case ("args", WireList list):
                            args = list.Items;
                            break;
                        case ("kwargs", WireDict d):
                            kwargs = d;
                            break;
                        case (var key, var other):
                            throw new MapInputException(
                                $"{sourceName}:{lineNumber}: \"{key}\" must be {(key == "args" ? "an array" : "an object")}, not {other.TypeName}");
                    }
                }
                return new MapItem(index, lineNumber, args, kwargs);
            default:
                return new MapItem(index, lineNumber, [value], noKwargs);
        }
    }

    // System.Text.Json ends its messages with "[Path: $ | ]LineNumber: 0 | BytePositionInLine: 3.";
    // the line number is ours, and the byte position is kept as a column.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (end < 0)
            end = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var column = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        var text = end < 0 ? message : message[..end];
        if (column >= 0)
            text += $" (at byte {message[(column + 20)..].TrimEnd('.')})";
        return text;
    }
}

/// <summary>The input file cannot be used; the message names the file and line.</summary>
public sealed class MapInputException(string message) : Exception(message);
