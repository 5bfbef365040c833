#!/usr/bin/env bash
# Builds the Debian package tape_VERSION_ARCH.deb (`make deb`): the static release binary
# (stripped), its man page and bash, zsh and fish completions, and the Jupyter kernel's files,
# laid out by `make install` under /usr. It depends on libc6 (as dpkg-shlibdeps finds it; the
# script fails if the binary ever needs anything else) and libedit2, which the REPL opens.
# Usage: scripts/package-deb.sh [OUT_DIR]   (default .build/deb); prints the package's path.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "package-deb: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps strip; do command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg-dev binutils)"; done
out=${1:-.build/deb}
version=$(tr -d '[:space:]' < VERSION)
arch=$(dpkg --print-architecture)

scripts/build-release.sh >&2
built=$(.build/release/tape --version | head -1)
[ "$built" = "$version" ] || fail "the binary says $built, VERSION says $version: run \`make version\`"
scripts/check-static.sh >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/tape_${version}_${arch}"
make --no-print-directory install DESTDIR="$root" PREFIX=/usr ZSH_COMPLETION_DIR=/usr/share/zsh/vendor-completions >&2
strip "$root/usr/bin/tape"
gzip -9n "$root/usr/share/man/man1/tape.1"
install -d "$root/usr/share/doc/tape"
install -m 644 README.md "$root/usr/share/doc/tape/README.md"

# dpkg-shlibdeps reads the libraries the binary asks for and the versions of their symbols.
mkdir -p "$work/debian" "$root/DEBIAN"
printf 'Source: tape\n\nPackage: tape\nArchitecture: any\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O "$root/usr/bin/tape" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
# dpkg-shlibdeps reads the versions of the symbols the binary calls, not GLIBC_ABI_DT_RELR, the
# version its packed relocations need (scripts/static-link-flags.sh): glibc 2.36.
# (readelf's output is read whole first: `grep -q` stops at the first match, readelf then dies of
# SIGPIPE, and under pipefail the test was false, leaving libc6 (>= 2.35).)
versions=$(readelf -V "$root/usr/bin/tape")
if grep -q GLIBC_ABI_DT_RELR <<<"$versions"; then
  found=$(echo "$depends" | sed -n 's/.*libc6 (>= \([^)]*\)).*/\1/p')
  if [ -z "$found" ] || dpkg --compare-versions "$found" lt 2.36; then
    depends=$(echo "$depends" | sed 's/libc6\( ([^)]*)\)\{0,1\}/libc6 (>= 2.36)/')
  fi
fi
packages=$(echo "$depends" | tr ',' '\n' | sed 's/ *(.*//; s/^ *//' | sort | tr '\n' ' ')
[ "$packages" = "libc6 " ] || fail "the binary depends on $depends; only libc6 is allowed (libedit is opened with dlopen)"
# The REPL opens libedit.so.2 with dlopen when it reads a terminal, so dpkg-shlibdeps cannot see
# it: the dependency comes from libedit's own shlibs entry, as dpkg-shlibdeps would have written it.
libedit=$(cat /var/lib/dpkg/info/libedit2*.shlibs 2>/dev/null | awk '$1 == "libedit" && $2 == "2" { $1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }')
[ -n "$libedit" ] || libedit="libedit2"
depends="$depends, $libedit"

cat > "$root/DEBIAN/control" <<CONTROL
Package: tape
Version: $version
Architecture: $arch
Maintainer: Tape maintainers <tape@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: math
Priority: optional
Description: analyst's calculator that knows the market
 Tape is a command-line notebook in which money, shares, prices per share,
 percentages and dates are typed quantities: \$118.42/share * 24.68B shares
 is \$2.923T, and \$5 + 3 shares is an error that says why. It knows the
 market of January 2025 (daily prices of NVIDIA and its peers, fundamentals,
 GDP), each figure with its source, and replays and verifies notebooks.
CONTROL
mkdir -p "$out"
package="$out/tape_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$package" >&2
echo "$package"
