# The same measurements as Program.cs, on CPython 3.13's _interpreters / _interpqueues.
# Prints one "name value" line per measurement.
import _interpreters as I
import _interpqueues as Q
import threading, time, sys

def rss_kb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])

def create_close(n):
    t = time.perf_counter()
    for _ in range(n):
        I.destroy(I.create())
    return (time.perf_counter() - t) / n * 1e6

def idle_memory(n):
    before = rss_kb()
    ids = [I.create() for _ in range(n)]
    after = rss_kb()
    for i in ids:
        I.destroy(i)
    return (after - before) / n

JOB = "n = 0\nfor i in range({}):\n    n += i * i\n"

def jobs(config, count, iterations):
    ids = [I.create(I.new_config(config)) for _ in range(count)]
    code = JOB.format(iterations)
    threads = [threading.Thread(target=I.exec, args=(i, code)) for i in ids]
    t = time.perf_counter()
    for th in threads: th.start()
    for th in threads: th.join()
    elapsed = time.perf_counter() - t
    for i in ids: I.destroy(i)
    return elapsed

def sequential(count, iterations):
    i = I.create()
    code = JOB.format(iterations)
    t = time.perf_counter()
    for _ in range(count): I.exec(i, code)
    elapsed = time.perf_counter() - t
    I.destroy(i)
    return elapsed

def ping_pong(rounds):
    a = Q.create(0, 0, 1)
    b = Q.create(0, 0, 1)
    sub = I.create()
    I.exec(sub, f"""
import _interpqueues as Q, time
def loop():
    for _ in range({rounds}):
        while True:
            try:
                x = Q.get({a})
                break
            except Exception:
                pass
        Q.put({b}, x[0], 0, 1)
""")
    th = threading.Thread(target=I.exec, args=(sub, "loop()"))
    th.start()
    t = time.perf_counter()
    for k in range(rounds):
        Q.put(a, k, 0, 1)
        while True:
            try:
                Q.get(b)
                break
            except Exception:
                pass
    elapsed = time.perf_counter() - t
    th.join()
    I.destroy(sub)
    return elapsed / rounds * 1e6

def stream(count):
    a = Q.create(0, 0, 1)
    t = time.perf_counter()
    for k in range(count):
        Q.put(a, k, 0, 1)
    for k in range(count):
        Q.get(a)
    return count / (time.perf_counter() - t)

args = dict(a.split('=') for a in sys.argv[1:])
N, ITER = int(args['jobs']), int(args['iterations'])
print('create_close_us', create_close(int(args['creates'])))
print('idle_kb', idle_memory(int(args['idle'])))
print('sequential_s', sequential(N, ITER))
print('own_s', jobs('isolated', N, ITER))
print('shared_s', jobs('legacy', N, ITER))
print('pingpong_us', ping_pong(int(args['rounds'])))
print('stream_per_s', stream(int(args['stream'])))
