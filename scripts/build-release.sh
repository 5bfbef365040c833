#!/usr/bin/env bash
# Builds the release binary that runs on a Debian or Ubuntu machine without Swift: the Swift
# runtime, Foundation, libstdc++ and libgcc are linked in; only the C library and libedit stay
# shared (scripts/check-static.sh proves it). `make release` runs this. The flags, and why
# libstdc++ needs a folder of its own, are in scripts/static-link-flags.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
flags_text="$(scripts/static-link-flags.sh)"
mapfile -t flags <<<"$flags_text"
swift build -c release --product tape "${flags[@]}"
echo "built .build/release/tape"
