using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>Threads inside one interpreter: they take turns on its GIL; blocking waits release it.</summary>
public sealed class ThreadingTests
{
    private static string Run(string source) => ShareableTests.Run(source);

    [Fact]
    public void A_spinning_thread_gives_the_gil_away_at_the_switch_interval()
    {
        // The main thread spins in bytecode until the other thread has run: without switching this never ends.
        var output = Run("""
            import threading, sys
            print(sys.getswitchinterval())
            sys.setswitchinterval(0.001)
            flag = []
            t = threading.Thread(target=lambda: flag.append(1))
            t.start()
            while not flag:
                pass
            t.join()
            print(flag, t.is_alive(), sys.getswitchinterval())
            """);
        Assert.Equal("0.005\n[1] False 0.001\n", output);
    }

    [Fact]
    public void Threads_of_one_interpreter_never_overlap_inside_bytecode()
    {
        // probe() counts the threads inside it, across the process, while it spins without releasing the GIL.
        var output = Run("""
            import threading, _testmultiphase as m
            def work():
                for i in range(200):
                    m.probe('one-interp', 2000)
            threads = [threading.Thread(target=work) for _ in range(3)]
            for t in threads: t.start()
            work()
            for t in threads: t.join()
            print(m.probe_max('one-interp'))
            """);
        Assert.Equal("1\n", output);
    }

    [Fact]
    public void Locks_events_conditions_semaphores_and_barriers_work_across_threads()
    {
        var output = Run("""
            import threading
            lock = threading.Lock()
            counter = 0
            def add():
                global counter
                for i in range(2000):
                    with lock:
                        counter += 1
            ts = [threading.Thread(target=add) for _ in range(4)]
            for t in ts: t.start()
            for t in ts: t.join()
            print(counter)

            ev = threading.Event()
            got = []
            t = threading.Thread(target=lambda: got.append(ev.wait(5)))
            t.start(); ev.set(); t.join()
            print(got, ev.wait(0.01), threading.Event().wait(0.02))

            barrier = threading.Barrier(3)
            order = []
            def meet(k):
                order.append(barrier.wait(5) >= 0)
            ts = [threading.Thread(target=meet, args=(k,)) for k in range(2)]
            for t in ts: t.start()
            meet(2)
            for t in ts: t.join()
            print(order)

            sem = threading.BoundedSemaphore(2)
            print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
            sem.release(); sem.release()
            try:
                sem.release()
            except ValueError as e:
                print(e)

            rl = threading.RLock()
            with rl:
                with rl:
                    print('reentrant')
            cond = threading.Condition()
            items = []
            def consume():
                with cond:
                    cond.wait_for(lambda: items, 5)
                    items.append('consumed')
            t = threading.Thread(target=consume); t.start()
            with cond:
                items.append('produced'); cond.notify()
            t.join()
            print(items)

            loc = threading.local()
            loc.x = 'main'
            seen = []
            def other():
                loc.x = 'other'
                seen.append(loc.x)
            t = threading.Thread(target=other); t.start(); t.join()
            print(loc.x, seen, threading.current_thread().name, threading.active_count())
            """);
        Assert.Equal("""
            8000
            [True] True False
            [True, True, True]
            True True False
            Semaphore released too many times
            reentrant
            ['produced', 'consumed']
            main ['other'] MainThread 1

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void Lock_errors_follow_cpython()
    {
        var output = Run("""
            import _thread
            l = _thread.allocate_lock()
            for f in [lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(True, -2)]:
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__, e)
            print(l.acquire(), l.locked(), l.acquire(timeout=0.01), repr(l).startswith('<locked _thread.lock object at 0x'))
            """);
        Assert.Equal("RuntimeError release unlocked lock\nValueError can't specify a timeout for a non-blocking call\n" +
            "ValueError timeout value must be a non-negative number\nTrue True False True\n", output);
    }

    [Fact]
    public void An_exception_in_a_thread_is_printed_and_the_process_lives()
    {
        var err = new StringWriter();
        using var interp = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions { Stderr = err });
        interp.Exec("import threading\ndef boom():\n    raise KeyError('x')\nt = threading.Thread(target=boom, name='worker')\nt.start()\nt.join()\n");
        Assert.StartsWith("Exception in thread worker:\nTraceback (most recent call last):\n", err.ToString().Replace("\r", ""));
        Assert.EndsWith("KeyError: 'x'\n", err.ToString().Replace("\r", ""));
    }

    [Fact]
    public void A_waiting_lock_releases_the_gil_and_a_deadline_still_stops_it()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        interp.Exec("import _thread\nl = _thread.allocate_lock()\nl.acquire()\n");
        Assert.Throws<Interp.Runtime.ExecutionInterruptedException>(() => interp.Exec("l.acquire()"));
        Assert.Equal(CrossValue.From(true), interp.EvalValue("l.locked()"));
    }

    [Fact]
    public void Queue_module_feeds_worker_threads()
    {
        var output = Run("""
            import queue, threading
            q = queue.Queue()
            results = queue.SimpleQueue()
            def worker():
                while True:
                    item = q.get()
                    if item is None:
                        q.task_done()
                        return
                    results.put(item * item)
                    q.task_done()
            ts = [threading.Thread(target=worker) for _ in range(3)]
            for t in ts: t.start()
            for i in range(100): q.put(i)
            for t in ts: q.put(None)
            q.join()
            for t in ts: t.join()
            print(sum(results.get() for _ in range(100)), results.empty())

            pq = queue.PriorityQueue()
            for x in [5, 1, 4, 2, 3]: pq.put(x)
            lq = queue.LifoQueue()
            for x in 'abc': lq.put(x)
            print([pq.get() for _ in range(5)], [lq.get() for _ in range(3)])

            b = queue.Queue(1)
            b.put(1)
            try:
                b.put_nowait(2)
            except queue.Full as e:
                print('Full', repr(e))
            try:
                b.put(2, timeout=-1)
            except ValueError as e:
                print(e)
            b.get()
            try:
                b.get(timeout=0.01)
            except queue.Empty:
                print('Empty')
            try:
                b.task_done(); b.task_done()
            except ValueError as e:
                print(e)
            """);
        Assert.Equal("""
            328350 True
            [1, 2, 3, 4, 5] ['c', 'b', 'a']
            Full Full()
            'timeout' must be a non-negative number
            Empty
            task_done() called too many times

            """.Replace("\r", ""), output);
    }

    [Fact]
    public void Executors_run_futures_on_threads_and_on_interpreters()
    {
        var output = Run("""
            from concurrent.futures import ThreadPoolExecutor, InterpreterPoolExecutor, Future, CancelledError, wait, as_completed
            import interpreters

            def square(x):
                return x * x

            def where(x):
                import interpreters
                return (x, interpreters.get_current().id != interpreters.get_main().id)

            with ThreadPoolExecutor(3) as ex:
                print(list(ex.map(square, range(6))))
                f = ex.submit(square, 7)
                print(f.result(5), f.done(), repr(f).endswith('state=finished returned int>'))
                bad = ex.submit(lambda: 1 / 0)
                print(type(bad.exception(5)).__name__)
            with InterpreterPoolExecutor(2) as ex:
                print(list(ex.map(where, range(3))))
                fs = [ex.submit(square, n) for n in range(5)]
                print(sorted(f.result() for f in as_completed(fs)), len(wait(fs).done))
                failed = ex.submit(square, 'x')
                print(type(failed.exception(5)).__name__)
            f = Future()
            print(f.cancel(), f.cancelled())
            try:
                f.result()
            except CancelledError as e:
                print(type(e).__mro__[1].__name__)
            try:
                Future().result(timeout=0.01)
            except TimeoutError:
                print('timeout')
            ex = ThreadPoolExecutor(1)
            ex.shutdown()
            try:
                ex.submit(print)
            except RuntimeError as e:
                print(e)
            """);
        Assert.Equal("""
            [0, 1, 4, 9, 16, 25]
            49 True True
            ZeroDivisionError
            [(0, True), (1, True), (2, True)]
            [0, 1, 4, 9, 16] 5
            ExecutionFailed
            True True
            Error
            timeout
            cannot schedule new futures after shutdown

            """.Replace("\r", ""), output);
    }
}
