#!/usr/bin/env bash
# Proves the release binary runs where Swift is not installed (`make release` first):
#   - it asks the dynamic linker for the C library (libc, libm) only (libedit is opened by dlopen), and for no
#     library of the Swift toolchain (ldd shows no libswift, libFoundation, libstdc++);
#   - it runs under `env -i` (no PATH, HOME, LANG or LD_LIBRARY_PATH), from a copy in an empty
#     folder (nothing read beside the binary), with its built-in data;
#   - where mount namespaces are allowed (root), it runs with the toolchain's folder hidden.
# Usage: scripts/check-static.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(readlink -f "${1:-.build/release/tape}")
fail() { echo "check-static: $*" >&2; exit 1; }
[ -x "$binary" ] || fail "$binary is missing: run \`make release\` first"

needed=$(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }' | sort | tr '\n' ' ')
for library in $needed; do
  case "$library" in
    libc.so.6 | libm.so.6 | ld-linux-*.so.*) ;;
    *) fail "the binary needs $library (needs: $needed); only the C library may stay shared (libedit is opened at run time)" ;;
  esac
done
if ldd "$binary" | grep -Eq 'libswift|libFoundation|libdispatch|libstdc\+\+|libgcc_s'; then
  ldd "$binary" >&2
  fail "ldd lists a Swift toolchain library"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$binary" "$scratch/tape"
expect() {
  local expected=$1; shift
  local got
  got=$("$@") || fail "\`$*\` failed"
  [ "$got" = "$expected" ] || fail "\`$*\` printed '$got', expected '$expected'"
}
expect "2" env -i "$scratch/tape" -e '1+1'
expect '$2.923T' env -i "$scratch/tape" -e '$118.42/share * 24.68B shares'
expect '$118.42/share' env -i "$scratch/tape" -e 'nvda.close[2025-01-27]'
echo '589B / 2.923T in %' | env -i "$scratch/tape" | grep -qx '20.15%' || fail "a pipe under env -i gave the wrong result"

# The folder of the toolchain's libraries (libswiftCore.so is in lib/swift/linux under it).
resources=$(swift -print-target-info 2>/dev/null | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p' | head -1)
libraries=${resources:+$(dirname "$resources")}
if [ -n "$libraries" ] && [ -d "$libraries" ] && unshare -m true 2>/dev/null; then
  got=$(unshare -m sh -c "mount -t tmpfs none '$libraries' && env -i '$scratch/tape' -e '1+1'") \
    || fail "the binary does not run with $libraries hidden"
  [ "$got" = "2" ] || fail "with $libraries hidden the binary printed '$got'"
  hidden="; ran with $libraries hidden"
else
  hidden="; the toolchain could not be hidden here (no mount namespace), so that check was skipped"
fi
echo "ok    $binary needs only: $needed(ldd: no Swift library; runs under env -i$hidden)"
