using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>The per-interpreter allocation quota: a catchable MemoryError, a usable interpreter afterwards, no effect on others.</summary>
public sealed class AllocationQuotaTests
{
    private const long Quota = 16 << 20;

    private static Interpreter Limited(StringWriter output) =>
        new(InterpreterConfig.Isolated with { AllocationQuota = Quota }, new InterpreterOptions { Stdout = output });

    [Fact]
    public void A_huge_repeat_raises_MemoryError_before_allocating_and_the_interpreter_goes_on()
    {
        var output = new StringWriter();
        using var interp = Limited(output);
        interp.Exec("""
            for make in (lambda: [0] * 10**9, lambda: [0] * 10**8, lambda: 'x' * 10**8, lambda: b'x' * 10**8, lambda: (0,) * 10**8,
                         lambda: bytes(10**8), lambda: bytearray(10**8)):
                try:
                    make()
                    print('allocated')
                except MemoryError as e:
                    print(type(e).__name__, repr(e))
            print(sum([1] * 1000))
            """);
        Assert.Equal(string.Concat(Enumerable.Repeat("MemoryError MemoryError()\n", 7)) + "1000\n", output.ToString());
        Assert.True(interp.AllocatedBytes < Quota);
    }

    [Theory]
    [InlineData("l = []\n    while True:\n        l.append(0)")]
    [InlineData("d = {}\n    i = 0\n    while True:\n        d[i] = i\n        i += 1")]
    [InlineData("parts = []\n    while True:\n        parts.append('y' * 4096)")]
    [InlineData("b = bytearray(4096)\n    while True:\n        b += b")]
    [InlineData("n = 3\n    while True:\n        n <<= n.bit_length()")]
    public void Growing_without_end_raises_MemoryError_and_a_later_statement_works(string loop)
    {
        var output = new StringWriter();
        using var interp = Limited(output);
        interp.Exec($"def grow():\n    {loop}\ntry:\n    grow()\nexcept MemoryError:\n    print('caught')\n");
        interp.Exec("print(len([i * i for i in range(10_000)]))");
        Assert.Equal("caught\n10000\n", output.ToString());
    }

    [Fact]
    public void A_container_that_hit_the_quota_keeps_its_contents()
    {
        var output = new StringWriter();
        using var interp = Limited(output);
        interp.Exec("""
            def fill(container, grow, intact):
                # Grows until MemoryError, then checks every item without allocating much.
                try:
                    while True:
                        grow(container)
                except MemoryError:
                    pass
                return len(container) > 1000 and intact(container)
            print(fill(set(), lambda s: s.add(len(s)), lambda s: all(i in s for i in range(len(s)))),
                  fill({}, lambda d: d.__setitem__(len(d), 0), lambda d: all(d[i] == 0 for i in range(len(d)))),
                  fill([], lambda l: l.append(len(l)), lambda l: all(l[i] == i for i in range(len(l)))))
            """);
        Assert.Equal("True True True\n", output.ToString());
    }

    [Fact]
    public void Memory_freed_by_dropping_objects_is_available_again()
    {
        // Each round holds a third of the quota, then drops it: only live blocks count.
        var output = new StringWriter();
        using var interp = Limited(output);
        interp.Exec("""
            for round in range(20):
                block = [round] * 700_000
            print(len(block))
            """);
        Assert.Equal("700000\n", output.ToString());
    }

    [Fact]
    public void The_host_sees_the_figure_and_another_interpreter_is_unaffected()
    {
        var output = new StringWriter();
        using var limited = Limited(output);
        using var other = new Interpreter(InterpreterConfig.Isolated);
        limited.Exec("keep = [0] * 1_000_000");
        Assert.InRange(limited.AllocatedBytes, 8_000_000, Quota);
        var e = Assert.Throws<PythonException>(() => limited.Exec("more = [0] * 2_000_000"));
        Assert.Equal("MemoryError", e.TypeName);
        Assert.Equal(CrossValue.From(3_000_000), other.EvalValue("len([0] * 3_000_000)"));
        Assert.True(other.AllocatedBytes > Quota);
        // Dropped in its own Exec: a debug build's dispatch loop may keep the value it deleted in a local.
        limited.Exec("del keep");
        limited.Exec("more = [0] * 1_500_000");
    }
}
