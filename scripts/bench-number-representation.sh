#!/usr/bin/env bash
# Tape end to end, as a user runs it: 100,000 analyst lines piped into a release `tape`, beside bc
# on the same lines, timed with hyperfine. Context for docs/number-representation.md (the Double vs
# Decimal micro-benchmarks are in Benchmarks/: `cd Benchmarks && swift package benchmark`).
#
#   scripts/bench-number-representation.sh            build tape (release) from this checkout, then time
#   TAPE=/path/to/tape scripts/bench-number-representation.sh
#
# Needs hyperfine (Debian: apt-get install hyperfine) and bc.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lines="${LINES_COUNT:-100000}"

for tool in hyperfine bc; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
done

tape="${TAPE:-}"
if [ -z "$tape" ]; then
  swift build -c release --product tape --package-path "$root" --scratch-path "$root/.build-bench" >&2
  tape="$root/.build-bench/release/tape"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Lines like `(140892.25 - 9326) / 98.5 * 1.07`, the same for every tool.
awk -v n="$lines" 'BEGIN {
  srand(99)
  for (i = 0; i < n; i++)
    printf "(%d.%02d - %d) / %d.%d * %d.%02d\n", 10000 + int(rand() * 990000), int(rand() * 100),
      1000 + int(rand() * 9000), 10 + int(rand() * 990), int(rand() * 10), int(rand() * 2), int(rand() * 100)
}' >"$work/lines.tape"
{ echo "scale=15"; cat "$work/lines.tape"; } >"$work/lines.bc"

# The outputs must be numbers, not errors, or the timing means nothing.
"$tape" <"$work/lines.tape" >"$work/out.tape"
[ "$(wc -l <"$work/out.tape")" -eq "$lines" ] || { echo "bench: tape did not print $lines results" >&2; exit 1; }
head -3 "$work/lines.tape" | paste - <(head -3 "$work/out.tape") >&2

hyperfine --warmup 2 --runs 10 --export-markdown "$work/results.md" \
  --command-name "tape ($lines lines)" "$tape < $work/lines.tape > /dev/null" \
  --command-name "bc ($lines lines)" "bc -l < $work/lines.bc > /dev/null" \
  --command-name "tape -e 1+1 (startup)" "$tape -e 1+1 > /dev/null" >&2
cat "$work/results.md"
