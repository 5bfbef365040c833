#!/usr/bin/env bash
# Copies the grammar from the header comment of Parser.swift into docs/grammar.md.
set -euo pipefail
cd "$(dirname "$0")/.."
grammar=$(awk '/^\/\//{ if (NR > 2) { sub(/^\/\/ ?/, ""); print } next } { exit }' Sources/TapeCore/Parser/Parser.swift)
{
  awk '{ print } /^```ebnf$/ { exit }' docs/grammar.md
  printf '%s\n' "$grammar" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
  printf '```\n'
} > docs/grammar.md.tmp
mv docs/grammar.md.tmp docs/grammar.md
