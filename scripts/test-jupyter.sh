#!/usr/bin/env bash
# The Jupyter side of Tape, run by `make test` after the Swift tests (jupyter/test_jupyter.py):
# every bundled notebook exported with `--format ipynb` passes nbformat's validator, and the
# kernel, started by jupyter_client, runs cells, completes, inspects and is interrupted.
# The Python packages live in .build/python (scripts/setup.sh test makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
swift build --product tape >/dev/null
.build/python/bin/python jupyter/test_jupyter.py --tape .build/debug/tape
