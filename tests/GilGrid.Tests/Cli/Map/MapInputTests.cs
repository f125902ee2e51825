using GilGrid.Client.Map;
using GilGrid.Grains.Interfaces.Values;
using Xunit;

namespace GilGrid.Tests.Cli.Map;

public sealed class MapInputTests
{
    private static IReadOnlyList<MapItem> Read(string text) => MapInput.Read(new StringReader(text), "in.jsonl");

    [Fact]
    public void Each_line_becomes_one_call_with_arguments_by_shape()
    {
        var items = Read("""
            [1, "two"]
            {"args": [3], "kwargs": {"k": true}}
            {"kwargs": {"only": null}}
            {"text": "a dict is one argument"}
            {"args": [1], "extra": 2}
            "plain"

            []
            """);

        Assert.Equal([1, 2, 3, 4, 5, 6, 8], items.Select(i => i.LineNumber));
        Assert.Equal(Enumerable.Range(0, 7), items.Select(i => i.Index));
        Assert.Equal([new WireInt(1), new WireStr("two")], items[0].Args.ToArray());
        Assert.Equal(0, items[0].Kwargs.Count);
        Assert.Equal([new WireInt(3)], items[1].Args.ToArray());
        Assert.Equal(new WireDict([new WireStr("k")], [WireBool.True]), items[1].Kwargs);
        Assert.Empty(items[2].Args);
        Assert.Equal(new WireDict([new WireStr("only")], [WireNone.Instance]), items[2].Kwargs);
        Assert.IsType<WireDict>(Assert.Single(items[3].Args));
        Assert.IsType<WireDict>(Assert.Single(items[4].Args));
        Assert.Equal([new WireStr("plain")], items[5].Args.ToArray());
        Assert.Empty(items[6].Args);
    }

    [Fact]
    public void A_bad_json_line_names_its_line()
    {
        var error = Assert.Throws<MapInputException>(() => Read("[1]\n\n{\"a\": }\n[2]\n"));

        Assert.StartsWith("in.jsonl:3: bad JSON: ", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Theory]
    [InlineData("{\"args\": 5}", "in.jsonl:1: \"args\" must be an array, not int")]
    [InlineData("{\"args\": [], \"kwargs\": [1]}", "in.jsonl:1: \"kwargs\" must be an object, not list")]
    public void Args_and_kwargs_must_have_their_shape(string line, string message) =>
        Assert.Equal(message, Assert.Throws<MapInputException>(() => Read(line)).Message);
}
