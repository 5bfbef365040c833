#!/usr/bin/env bash
# Builds the release binary that runs on a Debian or Ubuntu machine without Swift: the Swift
# runtime, Foundation, libstdc++ and libgcc are linked in; only the C library stays shared
# (scripts/check-static.sh proves it), and libedit is opened by the REPL when it needs it. `make release` runs this. The flags, and why
# libstdc++ needs a folder of its own, are in scripts/static-link-flags.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
flags_text="$(scripts/static-link-flags.sh)"
mapfile -t flags <<<"$flags_text"
swift build -c release --product tape "${flags[@]}"
# libedit is opened with dlopen when the REPL reads a terminal (Sources/CEditline), so pipes and
# `-e` start without loading it: the binary must not ask the loader for it.
if readelf -d .build/release/tape | grep -q 'NEEDED.*libedit'; then
  echo "build-release: .build/release/tape links libedit; it must be opened on demand" >&2
  exit 1
fi
echo "built .build/release/tape"
