#!/usr/bin/env python3
"""Regenerates the expected outputs of the conformance corpora from real CPython 3.13.

Usage (from anywhere):
    PYENV_VERSION=3.13.0 python3 tests/conformance/regen.py [--check] [FOLDER_OR_PROGRAM ...]

Each program NAME.py of a corpus folder (tests/conformance/<folder>/*.py, top level only: modules in
sub-folders are helpers that programs import) is run as `python3 NAME.py` with the corpus folder as
the working directory. The script writes:
    NAME.out   exact stdout (always written, may be empty)
    NAME.err   exact stderr, only when the exit code is non-zero
    In both, the corpus folder's absolute path is replaced by <CORPUS> so that the files are
    machine-independent (tracebacks and ImportError messages name files).
    NAME.exit  the exit code, only when it is non-zero
--check compares instead of writing and lists the programs whose output differs (run it twice to
catch programs that depend on hash randomisation or other non-determinism).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = "<CORPUS>"
TIMEOUT_SECONDS = 60


def expected_files(folder, name):
    base = os.path.join(folder, name[:-3])
    return base + ".out", base + ".err", base + ".exit"


def run_program(folder, name):
    env = dict(os.environ)
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8", PYTHON_COLORS="0",
               PYTHONUTF8="1")
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run([sys.executable, name], cwd=folder, env=env, capture_output=True,
                          timeout=TIMEOUT_SECONDS)
    out = proc.stdout.decode("utf-8").replace(folder, PLACEHOLDER)
    err = proc.stderr.decode("utf-8").replace(folder, PLACEHOLDER)
    return out, err, proc.returncode


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def process(folder, name, check):
    out, err, code = run_program(folder, name)
    out_path, err_path, exit_path = expected_files(folder, name)
    want = {out_path: out,
            err_path: err if code != 0 else None,
            exit_path: f"{code}\n" if code != 0 else None}
    if check:
        return [os.path.basename(p) for p, text in want.items() if read(p) != text]
    for path, text in want.items():
        if text is None:
            if os.path.exists(path):
                os.remove(path)
        else:
            write(path, text)
    return []


def programs_of(target):
    target = os.path.abspath(target if os.path.exists(target) else os.path.join(HERE, target))
    if os.path.isfile(target):
        return [(os.path.dirname(target), os.path.basename(target))]
    return [(target, n) for n in sorted(os.listdir(target)) if n.endswith(".py")]


def main(argv):
    check = "--check" in argv
    targets = [a for a in argv if a != "--check"]
    if not targets:
        targets = [os.path.join(HERE, d) for d in sorted(os.listdir(HERE))
                   if os.path.isdir(os.path.join(HERE, d)) and not d.startswith((".", "_"))]
    if sys.version_info[:2] != (3, 13):
        sys.exit(f"regen.py must run under CPython 3.13 (this is {sys.version.split()[0]}); "
                 "try PYENV_VERSION=3.13.0 python3")
    count, differing = 0, []
    for target in targets:
        for folder, name in programs_of(target):
            count += 1
            diff = process(folder, name, check)
            if diff:
                differing.append(f"{os.path.basename(folder)}/{name}: {', '.join(diff)}")
    if check:
        for line in differing:
            print("differs:", line)
        print(f"{count} programs checked, {len(differing)} differ")
        return 1 if differing else 0
    print(f"{count} programs regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
