#!/usr/bin/env bash
# Builds the release binary that runs on a Debian or Ubuntu machine without Swift: the Swift
# runtime, Foundation, libstdc++ and libgcc are linked in; only the C library and libedit stay
# shared (scripts/check-static.sh proves it). `make release` runs this.
#
# `--static-swift-stdlib` links the Swift libraries statically but still asks for `-lstdc++`
# (the runtime is partly C++), which the linker satisfies with the shared libstdc++.so. A folder
# holding only libstdc++.a, searched before the compiler's own, makes that link static too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
toolchain_bin=$(dirname "$(readlink -f "$(command -v swift)")")
archive=$("$toolchain_bin/clang" -print-file-name=libstdc++.a)
if [ ! -f "$archive" ]; then
  echo "tape: libstdc++.a was not found (install libstdc++-12-dev or the version your compiler uses)" >&2
  exit 1
fi
mkdir -p .build/static-libstdc++
ln -sf "$archive" .build/static-libstdc++/libstdc++.a
swift build -c release --product tape --static-swift-stdlib \
  -Xlinker -L"$PWD/.build/static-libstdc++" -Xswiftc -Xclang-linker -Xswiftc -static-libgcc
echo "built .build/release/tape"
