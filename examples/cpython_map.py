"""The `gilgrid map` job done by CPython, for comparison: same inputs, same output format.

    python3 examples/cpython_map.py PLUGIN.py:FUNCTION --input ITEMS.jsonl [--output OUT.jsonl] [--workers N]

Inputs: one JSON value per line; an array is spread as positional arguments, an object whose only
keys are "args" and/or "kwargs" gives both, any other value is the single argument. Output: one
line per input, in order: {"result": VALUE} or {"error": {"type", "message", "traceback"}}.
With --workers N > 1 the calls run in a multiprocessing.Pool of N processes.
"""

import argparse
import importlib.util
import json
import multiprocessing
import os
import sys
import time
import traceback

_function = None


def load(spec):
    path, _, name = spec.rpartition(":")
    module_spec = importlib.util.spec_from_file_location(
        os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(module_spec)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    module_spec.loader.exec_module(module)
    return getattr(module, name)


def init(spec):
    global _function
    _function = load(spec)


def to_call(value):
    if isinstance(value, list):
        return value, {}
    if isinstance(value, dict) and value and set(value) <= {"args", "kwargs"}:
        return value.get("args", []), value.get("kwargs", {})
    return [value], {}


def call(line):
    args, kwargs = to_call(json.loads(line))
    try:
        result = _function(*args, **kwargs)
        return json.dumps({"result": result}, ensure_ascii=False)
    except Exception as e:
        # Drop this driver's own frame: the traceback starts in the plugin, as in gilgrid.
        text = "".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next))
        error = {"type": type(e).__name__, "message": str(e), "traceback": text}
        return json.dumps({"error": error}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("function", metavar="PLUGIN.py:FUNCTION")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output")
    parser.add_argument("--workers", type=int, default=1)
    options = parser.parse_args()

    with open(options.input, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    start = time.perf_counter()
    if options.workers > 1:
        with multiprocessing.Pool(options.workers, init, (options.function,)) as pool:
            results = pool.map(call, lines)
    else:
        init(options.function)
        results = [call(line) for line in lines]
    elapsed = time.perf_counter() - start

    out = open(options.output, "w", encoding="utf-8") if options.output else sys.stdout
    try:
        for result in results:
            print(result, file=out)
    finally:
        if options.output:
            out.close()
    failed = sum(1 for r in results if r.startswith('{"error"'))
    print(f"cpython map: {len(results)} items in {elapsed:.2f}s "
          f"({len(results) / elapsed:.1f} items/s): {len(results) - failed} ok, {failed} failed",
          file=sys.stderr)


if __name__ == "__main__":
    main()
