#!/usr/bin/env bash
# Prints, one a line, the `swift build` flags of Tape's release build: the Swift runtime,
# Foundation, libstdc++ and libgcc linked in, only the C library shared (Tape opens libedit with
# dlopen when the REPL needs it). scripts/build-release.sh builds Tape with them, and
# scripts/bench-peers.sh its Swift hello-world, so the start-up floor is built the same way.
#
# `--static-swift-stdlib` links the Swift libraries statically but still asks for `-lstdc++`
# (the runtime is partly C++), which the linker satisfies with the shared libstdc++.so. A folder
# holding only libstdc++.a, searched before the compiler's own, makes that link static too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
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
mkdir -p "$root/.build/static-libstdc++"
ln -sf "$archive" "$root/.build/static-libstdc++/libstdc++.a"
# `--static-swift-stdlib` also exports every public symbol of the program's own modules
# (`-export-dynamic` in the toolchain's static-stdlib-args.lnk): 3,800 for Tape, which the
# runtime's start-up `dladdr` then scanned one by one (0.13 M instructions of `echo 1+1 | tape`,
# docs/performance.md). Nothing looks them up: libedit is opened with RTLD_LOCAL and calls back
# through pointers.
#
# lld with `-z pack-relative-relocs` (DT_RELR) stores the 43,000 relative relocations as a
# bitmap of 9 KB instead of a 1 MB table, which the loader reads and applies faster (0.16 M
# instructions and 15 page faults of `echo 1+1 | tape`). It needs glibc 2.36, as the binary did
# before (docs/install.md; scripts/package-deb.sh writes it into the package's dependency); lld
# comes with the Swift toolchain.
printf '%s\n' --static-swift-stdlib -Xlinker "-L$root/.build/static-libstdc++" -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
  -Xlinker --no-export-dynamic -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs
