# Runs one benchmark program inside CPython and reports how long exec() of its compiled code took,
# so interpreter start-up and compilation stay out of the measurement. The program's own output
# goes to stdout untouched; the time goes to stderr after a marker the bench looks for.
import sys
import time

path = sys.argv[1]
with open(path, encoding="utf-8") as source:
    code = compile(source.read(), path, "exec")
sys.argv = [path]
namespace = {"__name__": "__main__", "__file__": path}
start = time.perf_counter_ns()
exec(code, namespace)
elapsed = time.perf_counter_ns() - start
sys.stdout.flush()
sys.stderr.write(f"\n@@gilgrid-bench-ns {elapsed}\n")
