#!/usr/bin/env bash
# Runs the whole test suite under sanitizers, each in its own build folder (.build-address,
# .build-thread; ignored by git) so the normal build is untouched. CI-able: exits non-zero on a
# failing test or a sanitizer report, and prints how long each took.
#
#   scripts/sanitize.sh [address] [thread]     default: both
#
# The CLI tests spawn the `tape` built alongside, so it runs sanitized too.
# detect_stack_use_after_return is off: with it, ASan moves locals to a heap "fake stack", and
# the evaluator's StackGuard, which compares a local's address with the thread's stack bounds
# to stop deep recursion before the stack runs out, would see no room at all.
# Skipped: tests that assert a time limit, which a sanitized build (several times slower) misses,
# and the tmux test, whose waits for the screen are tuned to an unsanitized build.
# LeakSanitizer is off: at exit it reports the allocations made when the standard library is
# loaded into a session kept in a global, the same whatever ran after (docs/reliability.md);
# Tape's leaks are looked for by measuring memory over a long pipe instead (same page).
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
if [ ${#sanitizers[@]} -eq 0 ]; then sanitizers=(address thread); fi
scripts/setup.sh test
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:detect_stack_use_after_return=0:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}
for sanitizer in "${sanitizers[@]}"; do
  start=$(date +%s)
  echo "== $sanitizer: building and testing in .build-$sanitizer"
  swift build --build-path ".build-$sanitizer" --sanitize="$sanitizer" --build-tests
  skips=(--skip everyFunctionHandlesAMillionPoints --skip loadingEveryFileTakesUnderTwentyMilliseconds
    --skip typingCompletionHistoryInterruptAndExit)
  # Single-threaded, and TSan's bookkeeping for each of their millions of allocations makes them
  # run for many minutes; ASan runs them.
  if [ "$sanitizer" = thread ]; then skips+=(--skip hundredThousandLevelsAreAnErrorAndTheSessionGoesOn); fi
  swift test --build-path ".build-$sanitizer" --sanitize="$sanitizer" --skip-build "${skips[@]}"
  echo "== $sanitizer: passed in $(($(date +%s) - start)) s"
done
