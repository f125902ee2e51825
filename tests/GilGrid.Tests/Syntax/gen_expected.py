#!/usr/bin/env python3
"""Regenerates the expected outputs of the syntax tests from CPython 3.13.

    PYENV_VERSION=3.13.0 python3 tests/GilGrid.Tests/Syntax/gen_expected.py

Reads ast_corpus.txt and syntax_errors.txt (entries separated by lines "#### name [mode]") and
writes ast_corpus.expected.txt and syntax_errors.expected.txt beside them.
Modes: exec (default), eval, single; "pos" dumps with include_attributes=True.

Also writes syntax_mutations.expected.txt: seeded random edits of the corpus snippets (deleted,
inserted or duplicated characters) with what ast.parse says about each, one JSON object a line:
{"src": ..., "err": null | [type, msg, lineno, offset, end_lineno, end_offset]}.
"""
import json
import random
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
        words = header.split()
        mode = "eval" if "eval" in words else "single" if "single" in words else "exec"
        try:
            compile(src, "/tmp/s.py", mode)
        except SyntaxError as e:
            text = "".join(traceback.format_exception_only(e))
        else:
            raise SystemExit(f"{header}: no SyntaxError")
        out.append(f"#### {header}\n{text}")
    with open(os.path.join(HERE, "syntax_errors.expected.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    mutations()


MUTATION_CHARS = "()[]{}:;'\"\\\n\t #f=*@.,!0123456789_xjeE+-<>"
MUTATION_WORDS = ["(", ")", ":", "=", ",", " if ", "lambda", "'", '"', "f'{", "}", "\n    ", "*", "**",
                  "yield", "not", "in", "else", "\n", "    "]


def mutations():
    rng = random.Random(20251125)
    out = []
    for _, src in entries(os.path.join(HERE, "ast_corpus.txt")):
        for _ in range(8):
            s = src
            for _ in range(rng.randrange(1, 3)):
                at = rng.randrange(len(s) + 1)
                op = rng.randrange(4)
                if op == 0 and at < len(s):
                    s = s[:at] + s[at + 1:]
                elif op == 1:
                    s = s[:at] + rng.choice(MUTATION_CHARS) + s[at:]
                elif op == 2:
                    s = s[:at] + rng.choice(MUTATION_WORDS) + s[at:]
                else:
                    s = s[:at]
            try:
                ast.parse(s)
                err = None
            except SyntaxError as e:
                err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            except (ValueError, MemoryError, RecursionError):
                continue
            out.append(json.dumps({"src": s, "err": err}, ensure_ascii=True) + "\n")
    with open(os.path.join(HERE, "syntax_mutations.expected.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
