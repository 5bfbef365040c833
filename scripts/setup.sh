#!/usr/bin/env bash
# Installs what Tape needs on Debian/Ubuntu, once: libedit for line editing, and with `test`
# also tmux, which the real-terminal test drives.
set -euo pipefail
if ! command -v swift >/dev/null 2>&1; then
  echo "tape: Swift 6 is required (https://www.swift.org/install/); swift was not found on PATH" >&2
  exit 1
fi
missing=()
if ! pkg-config --exists libedit 2>/dev/null && [ ! -f /usr/include/editline/readline.h ]; then
  missing+=(libedit-dev pkg-config)
fi
if [ "${1:-}" = "test" ] && ! command -v tmux >/dev/null 2>&1; then
  missing+=(tmux)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "tape: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
