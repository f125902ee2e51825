#!/usr/bin/env python3
"""Regenerates the expected outputs of the syntax tests from CPython 3.13.

    PYENV_VERSION=3.13.0 python3 tests/GilGrid.Tests/Syntax/gen_expected.py

Reads ast_corpus.txt and syntax_errors.txt (entries separated by lines "#### name [mode]") and
writes ast_corpus.expected.txt and syntax_errors.expected.txt beside them.
Modes: exec (default), eval, single; "pos" dumps with include_attributes=True.
"""
import ast
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def entries(path):
    name, lines = None, []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            if line.startswith("#### "):
                if name is not None:
                    yield name, "".join(lines)
                name, lines = line[5:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        yield name, "".join(lines)


def main():
    assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
    out = []
    for header, src in entries(os.path.join(HERE, "ast_corpus.txt")):
        words = header.split()
        mode = "eval" if "eval" in words else "single" if "single" in words else "exec"
        tree = ast.parse(src, mode=mode)
        out.append(f"#### {header}\n{ast.dump(tree, include_attributes='pos' in words)}\n")
    with open(os.path.join(HERE, "ast_corpus.expected.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))

    out = []
    for header, src in entries(os.path.join(HERE, "syntax_errors.txt")):
        try:
            compile(src, "/tmp/s.py", "exec")
        except SyntaxError as e:
            text = "".join(traceback.format_exception_only(e))
        else:
            raise SystemExit(f"{header}: no SyntaxError")
        out.append(f"#### {header}\n{text}")
    with open(os.path.join(HERE, "syntax_errors.expected.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
