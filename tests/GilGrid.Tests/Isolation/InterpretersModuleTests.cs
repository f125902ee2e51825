using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>The `interpreters` module from Python; expected outputs checked against CPython 3.13's test.support.interpreters.</summary>
public sealed class InterpretersModuleTests
{
    private static string Run(string source) => ShareableTests.Run(source);

    [Fact]
    public void Create_list_current_main_and_close()
    {
        var output = Run("""
            import interpreters
            a = interpreters.create()
            b = interpreters.create()
            main = interpreters.get_current()
            print(main == interpreters.get_main(), a != b, a == interpreters.Interpreter and 0 or 1)
            print(len(interpreters.list_all()) - len([a, b]), a in interpreters.list_all())
            print(repr(a) == f'Interpreter({a.id})', a.is_running())
            a.close()
            print(a not in interpreters.list_all())
            try:
                a.exec('1')
            except interpreters.InterpreterNotFoundError as e:
                print(e == e, str(e) == f'unrecognized interpreter ID {a.id}')
            try:
                main.close()
            except interpreters.InterpreterError as e:
                print(e)
            """);
        Assert.Equal("True True 1\n1 True\nTrue False\nTrue\nTrue True\ncannot destroy the current interpreter\n", output);
    }

    [Fact]
    public void Exec_failure_is_ExecutionFailed_with_the_other_interpreters_traceback()
    {
        var output = Run("""
            import interpreters
            interp = interpreters.create()
            try:
                interp.exec('raise KeyError(3)')
            except interpreters.ExecutionFailed as e:
                print(repr(e))
                print(e)
                print(e.excinfo.type.__name__, e.excinfo.msg, e.excinfo.formatted)
                print(isinstance(e, interpreters.InterpreterError))
            """);
        Assert.Equal("""
            ExecutionFailed('KeyError: 3')
            KeyError: 3

            Uncaught in the interpreter:

            Traceback (most recent call last):
              File "<string>", line 1, in <module>
            KeyError: 3
            KeyError 3 KeyError: 3
            True

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void Call_runs_main_functions_and_module_functions_in_the_target()
    {
        var output = Run("""
            import interpreters
            def scale(xs, factor=2, *, offset=0):
                return [x * factor + offset for x in xs] + [name]
            interp = interpreters.create()
            interp.prepare_main(name='sub')
            name = 'main'
            print(interp.call(scale, [1, 2], offset=1))
            print(interp.call(len, 'abc'))
            def outer():
                y = 1
                def inner():
                    return y
                return inner
            try:
                interp.call(outer())
            except interpreters.NotShareableError:
                print('closure refused')
            try:
                interp.call(scale, 'x', 'y')
            except interpreters.ExecutionFailed as e:
                print(e.excinfo.type.__name__)
            """);
        Assert.Equal("[3, 5, 'sub']\n3\nclosure refused\nTypeError\n", output);
    }

    [Fact]
    public void Queues_carry_values_between_interpreters()
    {
        var output = Run("""
            import interpreters
            q = interpreters.create_queue()
            replies = interpreters.create_queue(maxsize=1)
            interp = interpreters.create()
            interp.prepare_main(q=q, replies=replies)
            q.put({'n': 20})
            interp.exec('d = q.get()\nreplies.put((d["n"] + 1, "from sub"))')
            print(replies.get(timeout=1), q.empty(), replies.maxsize)
            replies.put(1)
            print(replies.full(), replies.qsize())
            try:
                replies.put_nowait(2)
            except interpreters.QueueFull as e:
                print(type(e).__mro__[1].__name__, str(e) == f'queue {replies.id} is full')
            replies.get()
            try:
                replies.get(timeout=0.01)
            except interpreters.QueueEmpty as e:
                print(isinstance(e, RuntimeError), str(e) == f'queue {replies.id} is empty')
            try:
                replies.get(timeout=-1)
            except ValueError as e:
                print(e)
            print(interpreters.Queue(q.id) == q)
            """);
        Assert.Equal("(21, 'from sub') True 1\nTrue 1\nQueueError True\nTrue True\ntimeout value must be non-negative\nTrue\n", output);
    }

    [Fact]
    public void Items_of_a_closed_sender_follow_the_queues_unbound_policy()
    {
        var output = Run("""
            import interpreters as I
            q = I.create_queue()
            qe = I.create_queue(unbounditems=I.UNBOUND_ERROR)
            qr = I.create_queue(unbounditems=I.UNBOUND_REMOVE)
            sub = I.create()
            sub.prepare_main(q=q, qe=qe, qr=qr)
            sub.exec("import interpreters\nq.put('a')\nq.put('b', unbounditems=interpreters.UNBOUND_REMOVE)\nqe.put('c')\nqr.put('d')")
            q.put('mine')
            sub.close()
            print(q.get_nowait(), q.get_nowait(), q.empty())
            try:
                qe.get_nowait()
            except I.ItemInterpreterDestroyed as e:
                print(type(e).__mro__[1].__name__, e)
            try:
                qr.get_nowait()
            except I.QueueEmpty:
                print('removed')
            """);
        Assert.Equal("interpreters.UNBOUND mine True\nQueueError item's original interpreter destroyed\nremoved\n", output);
    }

    [Fact]
    public void Call_in_thread_runs_the_call_on_a_new_thread()
    {
        var output = Run("""
            import interpreters
            q = interpreters.create_queue()
            def send(q, x):
                q.put(x * 2)
            interp = interpreters.create()
            t = interp.call_in_thread(send, q, 21)
            t.join()
            print(q.get(timeout=5))
            """);
        Assert.Equal("42\n", output);
    }

    [Fact]
    public void A_bounded_queue_carries_items_from_producers_in_several_interpreters()
    {
        // Producers in two interpreters block on a queue of two slots while the main interpreter drains it.
        var output = Run("""
            import interpreters
            q = interpreters.create_queue(maxsize=2)
            def produce(q, base):
                for i in range(200):
                    q.put(base + i, timeout=10)
                q.put(None, timeout=10)
            producers = [interpreters.create() for _ in range(2)]
            threads = [p.call_in_thread(produce, q, k * 1000) for k, p in enumerate(producers)]
            got, done = [], 0
            while done < 2:
                item = q.get(timeout=10)
                if item is None:
                    done += 1
                else:
                    got.append(item)
            for t in threads:
                t.join()
            firsts = [x for x in got if x < 1000]
            print(len(got), sorted(got) == list(range(200)) + list(range(1000, 1200)), firsts == sorted(firsts), q.qsize())
            """);
        Assert.Equal("400 True True 0\n", output);
    }
}
