#!/usr/bin/env bash
# Fuzzes Tape with libFuzzer for a set time. Not part of `make test` or CI.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      default: 300 seconds each, every target
#
# Targets (Fuzz/Sources): FuzzInterpreter (lexer, parser, checker, evaluator with the datasets and
# stdlib), FuzzPipe (the same input as lines of a pipe), FuzzSessionParser (.session notebooks),
# FuzzNotebookLoad (a downloaded notebook through `:load`, `tape run` and `tape check`: it must write
# no file and print no terminal control), FuzzValues (deep and wide values built by recursion,
# compared, combined and shown), FuzzCSVLoad (`load` of a CSV file).
# Builds Fuzz/ (its own package, with -sanitize=fuzzer,address) into Fuzz/.build, seeds each
# corpus from sessions/, stdlib/, the ```tape examples in docs/ and the data files, and keeps
# corpora and crash files under Fuzz/corpus and Fuzz/artifacts (both ignored by git).
# A crash, a sanitizer report or a hang (an input that Ctrl-C cannot stop within -timeout) stops
# that target, prints the input file and makes the script exit 1: reproduce it with
#   (ulimit -s 524288; Fuzz/.build/release/TARGET Fuzz/artifacts/TARGET/crash-...)
# Extra libFuzzer flags can go in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-jobs=2 -workers=2").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-300}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzInterpreter FuzzPipe FuzzSessionParser FuzzNotebookLoad FuzzValues FuzzCSVLoad); fi

echo "building the fuzz targets (release, -sanitize=fuzzer,address)..."
swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address 2>&1 |
  grep -v "ld.gold: warning: Cannot export local symbol" || true
binaries=$(swift build --package-path Fuzz -c release --show-bin-path)

# Seeds: every input line of the notebooks, the stdlib and the docs' examples, one file each,
# plus whole notebooks and whole data files.
seed() {  # directory, name, content
  printf '%s' "$3" >"$1/$2"
}
make_seeds() {
  local target=$1 directory=$2
  rm -rf "$directory"
  mkdir -p "$directory"
  case $target in
    FuzzValues)
      for call in "dup(1, 20) == dup(1, 20)" "len(deep(1, 5000) + 1)" "nest(1, 300)" "sum(wide(2, 10))" "deep([1], 300)"; do
        seed "$directory" "value-$(echo "$call" | tr -c 'a-z0-9' _)" "$call"
      done
      ;;
    FuzzInterpreter | FuzzPipe)
      local count=0
      while IFS= read -r line; do
        count=$((count + 1))
        seed "$directory" "line-$count" "$line"
      done < <(
        find sessions -name '*.session' -exec sed -n 's/^> //p; s/^| //p' {} +
        grep -hv '^#' stdlib/*.tape | grep -v '^[[:space:]]*$'
        grep -h '^## >>> ' stdlib/*.tape | sed 's/^## >>> //'
        awk '/^```tape/{inside=1; next} /^```/{inside=0} inside && /^> /{print substr($0, 3)}' docs/*.md
      )
      for file in stdlib/*.tape; do cp "$file" "$directory/stdlib-$(basename "$file")"; done
      ;;
    FuzzSessionParser | FuzzNotebookLoad)
      find sessions -name '*.session' | while read -r file; do
        cp "$file" "$directory/$(echo "$file" | tr / -)"
      done
      ;;
    FuzzCSVLoad)
      find Sources/TapeLibrary/Datasets/Data Tests -name '*.csv' | while read -r file; do
        cp "$file" "$directory/$(echo "$file" | tr / -)"
      done
      ;;
  esac
}

# `load("...")` in a fuzzed input reads paths relative to the working directory: give it an
# empty one, and nothing on standard input.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
for target in "${targets[@]}"; do
  corpus=$root/Fuzz/corpus/$target
  seeds=$root/Fuzz/corpus/$target-seeds
  artifacts=$root/Fuzz/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  make_seeds "$target" "$seeds"
  dictionary=()
  if [ -f "Fuzz/$target.dict" ]; then dictionary=(-dict="$root/Fuzz/$target.dict"); fi
  if [ "$target" = FuzzPipe ]; then dictionary=(-dict="$root/Fuzz/FuzzInterpreter.dict"); fi
  if [ "$target" = FuzzSessionParser ]; then dictionary=(-dict="$root/Fuzz/FuzzNotebookLoad.dict"); fi
  echo "fuzzing $target for ${seconds}s (corpus Fuzz/corpus/$target, $(ls "$seeds" | wc -l) seeds)..."
  # The Swift runtime's backtracer waits on a crashing process; libFuzzer prints its own report.
  # LeakSanitizer is off: at exit it reports objects made while the stdlib loads into the
  # targets' global session, still in use (see docs/reliability.md); leaks are measured instead.
  # -timeout: longer than the targets' watchdog (2 s, a simulated Ctrl-C), so only an input that
  # Ctrl-C cannot stop counts as a hang. -rss_limit_mb: a runaway allocation is a finding too.
  # The stack `tape` evaluates on (LargeStack, 512 MB), not the main thread's 8 MB: the parser's
  # 256 levels of brackets need more than 8 MB in an ASan build.
  if (cd "$scratch" && ulimit -s $((512 * 1024)) && SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binaries/$target" "$corpus" "$seeds" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dictionary[@]}" ${FUZZ_FLAGS:-} </dev/null 2>&1 |
    tee "$root/Fuzz/artifacts/$target.log" | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|ERROR|SUMMARY|Test unit written" ); then :; fi
  if grep -q "Test unit written" "$root/Fuzz/artifacts/$target.log"; then failed=1; fi
done
exit $failed
