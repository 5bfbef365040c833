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
# The toolchain's clang knows which GCC installation Swift links against; ask it (through the
# toolchain's own folder, which a version manager's `swift` shim does not point at).
resources=$(swift -print-target-info | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p' | head -1)
clang="$(dirname "$(dirname "$resources")")/bin/clang"
[ -x "$clang" ] || clang=clang
archive=$("$clang" -print-file-name=libstdc++.a 2>/dev/null || true)
if [ ! -f "$archive" ]; then
  echo "tape: libstdc++.a was not found (install libstdc++-12-dev or the version your compiler uses)" >&2
  exit 1
fi
mkdir -p .build/static-libstdc++
ln -sf "$archive" .build/static-libstdc++/libstdc++.a
swift build -c release --product tape --static-swift-stdlib \
  -Xlinker -L"$PWD/.build/static-libstdc++" -Xswiftc -Xclang-linker -Xswiftc -static-libgcc
echo "built .build/release/tape"
