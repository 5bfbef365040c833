#!/usr/bin/env bash
# Installs what Tape needs on Debian/Ubuntu, once: libedit for line editing, and with `test`
# also tmux, which the real-terminal test drives, and a Python virtual environment in
# .build/python with nbformat, jupyter_client and ipykernel for the Jupyter tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1; then
  echo "tape: Swift 6 is required (https://www.swift.org/install/); swift was not found on PATH" >&2
  exit 1
fi
missing=()
if ! pkg-config --exists libedit 2>/dev/null && [ ! -f /usr/include/editline/readline.h ]; then
  missing+=(libedit-dev pkg-config)
fi
if [ "${1:-}" = "test" ]; then
  command -v tmux >/dev/null 2>&1 || missing+=(tmux)
  # The Python of the Jupyter tests: python3 with venv and pip (Debian splits them off).
  if [ ! -x .build/python/bin/python ] && ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    missing+=(python3 python3-venv)
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "tape: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "test" ] && ! .build/python/bin/python -c 'import nbformat, jupyter_client, ipykernel' >/dev/null 2>&1; then
  echo "tape: installing nbformat, jupyter_client and ipykernel into .build/python" >&2
  python3 -m venv .build/python
  .build/python/bin/pip install -q --disable-pip-version-check 'nbformat>=5.7,<6' 'jupyter_client>=7.4,<9' 'ipykernel>=6.17,<8'
fi
