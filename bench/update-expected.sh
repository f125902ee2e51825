#!/usr/bin/env bash
# Regenerates programs/NAME.expected (each program's stdout under CPython 3.13) after a program
# changes. The bench compares our output against these files when CPython is not installed.
set -euo pipefail
cd "$(dirname "$0")/programs"
PYTHON=${PYTHON:-python3}
export PYENV_VERSION=${PYENV_VERSION:-3.13.0}
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version'
for program in *.py; do
    "$PYTHON" "$program" > "${program%.py}.expected"
    echo "${program%.py}: $(wc -l < "${program%.py}.expected") lines"
done
