#!/usr/bin/env bash
# Installs what Tape needs to build on Debian/Ubuntu (libedit for line editing), once.
set -euo pipefail
if ! command -v swift >/dev/null 2>&1; then
  echo "tape: Swift 6 is required (https://www.swift.org/install/); swift was not found on PATH" >&2
  exit 1
fi
if ! pkg-config --exists libedit 2>/dev/null && [ ! -f /usr/include/editline/readline.h ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "tape: installing libedit-dev (line editing)" >&2
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq libedit-dev pkg-config >/dev/null
fi
