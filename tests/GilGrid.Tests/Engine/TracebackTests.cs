using Xunit;
namespace GilGrid.Tests.Engine;

// Expected texts are what CPython 3.13 prints for the same files (/tmp/pyt/t.py).
public class TracebackTests
{
    [Fact]
    public void CaretsUnderCallAndBinaryOperator()
    {
        var r = EngineHarness.Run("def f(x):\n    return 1/x\n\n\nf(0)\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 5, in <module>
                f(0)
                ~^^^
              File "/tmp/pyt/t.py", line 2, in f
                return 1/x
                       ~^~
            ZeroDivisionError: division by zero

            """.Replace("\r", ""), r.Stderr);
    }

    [Fact]
    public void NoCaretsWhenTheRangeIsTheWholeLine()
    {
        var r = EngineHarness.Run("def g():\n    raise ValueError('bad')\ng()\n");
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 3, in <module>
                g()
                ~^^
              File "/tmp/pyt/t.py", line 2, in g
                raise ValueError('bad')
            ValueError: bad

            """.Replace("\r", ""), r.Stderr);
    }

    [Fact]
    public void ChainedExceptionsAndSubscriptCarets()
    {
        const string src = "d = {}\ntry:\n    d['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n";
        var r = EngineHarness.Run(src);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 3, in <module>
                d['k']
                ~^^^^^
            KeyError: 'k'

            The above exception was the direct cause of the following exception:

            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 5, in <module>
                raise RuntimeError('wrapped') from e
            RuntimeError: wrapped

            """.Replace("\r", ""), r.Stderr);
    }

    [Fact]
    public void ContextWhileHandlingAndSuggestion()
    {
        const string src = "values = [1]\ntry:\n    1/0\nexcept ZeroDivisionError:\n    print(valuse)\n";
        var r = EngineHarness.Run(src);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 3, in <module>
                1/0
                ~^~
            ZeroDivisionError: division by zero

            During handling of the above exception, another exception occurred:

            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 5, in <module>
                print(valuse)
                      ^^^^^^
            NameError: name 'valuse' is not defined. Did you mean: 'values'?

            """.Replace("\r", ""), r.Stderr);
    }

    [Fact]
    public void RecursionIsFoldedAndSyntaxErrorsAreReported()
    {
        var r = EngineHarness.RunOnDefaultStack("def f(n):\n    return f(n + 1)\nf(0)\n");
        Assert.Contains("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n", r.Stderr);
        var s = EngineHarness.Run("x = (1,\n");
        Assert.Equal(1, s.ExitCode);
        Assert.EndsWith("SyntaxError: '(' was never closed\n", s.Stderr);
    }
}
