#!/usr/bin/env bash
# What a new machine gets (`make test-package`, run by CI after `make test`):
#   1. the static release binary (scripts/check-static.sh);
#   2. `make install` into a scratch DESTDIR: every file in place, the installed tape runs, the
#      man page renders, and `make uninstall` removes every file again;
#   3. the .deb (scripts/package-deb.sh): installed with `dpkg -i` (as root; otherwise unpacked
#      into a scratch folder), then `tape -e '1+1'`, `man -w tape`, bash completion of
#      `tape ex<Tab>`, and `dpkg -r` leaving no file behind.
# Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "test-package: $*" >&2; exit 1; }
step() { echo "== $1 ($(( SECONDS - started ))s so far)"; }
started=$SECONDS
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

step "static release build"
scripts/build-release.sh
scripts/check-static.sh

step "make install DESTDIR=$scratch/stage"
make --no-print-directory install DESTDIR="$scratch/stage" >/dev/null
prefix="$scratch/stage/usr/local"
for file in bin/tape share/man/man1/tape.1 share/bash-completion/completions/tape share/zsh/site-functions/_tape \
  share/fish/vendor_completions.d/tape.fish share/tape/jupyter/tape_kernel.py share/tape/jupyter/install.py; do
  [ -s "$prefix/$file" ] || fail "make install did not write $file"
done
[ "$(env -i "$prefix/bin/tape" -e '1+1')" = "2" ] || fail "the installed tape does not run"
grep -q 'complete -o filenames -F _tape tape' "$prefix/share/bash-completion/completions/tape" || fail "no bash completion for tape"
grep -q '^#compdef tape' "$prefix/share/zsh/site-functions/_tape" || fail "no zsh completion for tape"
grep -q "^complete -c 'tape'" "$prefix/share/fish/vendor_completions.d/tape.fish" || fail "no fish completion for tape"
if command -v man >/dev/null; then
  warnings=$(MANWIDTH=80 man -l "$prefix/share/man/man1/tape.1" 2>&1 >/dev/null) || fail "man cannot read tape.1"
  [ -z "$warnings" ] || fail "man warns about tape.1: $warnings"
  MANWIDTH=80 man -l "$prefix/share/man/man1/tape.1" 2>/dev/null | grep -q "analyst's calculator" || fail "the man page does not render"
fi
make --no-print-directory uninstall DESTDIR="$scratch/stage" >/dev/null
left=$(find "$scratch/stage" -type f)
[ -z "$left" ] || fail "make uninstall left $left"

step "Debian package"
package=$(scripts/package-deb.sh "$scratch/deb" 2>"$scratch/deb.log") || { cat "$scratch/deb.log" >&2; fail "the package did not build"; }
depends=$(dpkg-deb --field "$package" Depends)
echo "built $(basename "$package") ($(du -h "$package" | cut -f1)), Depends: $depends"
# Packed relocations need glibc 2.36's loader; dpkg-shlibdeps alone finds an older libc6.
if readelf -V .build/release/tape | grep GLIBC_ABI_DT_RELR >/dev/null; then
  [[ "$depends" == *"libc6 (>= 2.36)"* ]] || fail "the binary's relocations need glibc 2.36, but the package depends on $depends"
fi

completes() {  # bash completes `tape ex<Tab>` to `export`, and `tape check deep<Tab>` to a notebook
  local script=$1
  [ "$(bash -c "source '$script'; COMP_WORDS=(tape ex); COMP_CWORD=1; COMP_LINE='tape ex'; COMP_POINT=7
    _tape tape ex tape; echo \"\${COMPREPLY[*]}\"")" = "export" ] || return 1
  [ "$(cd sessions && bash -c "source '$script'; COMP_WORDS=(tape check deep); COMP_CWORD=2
    COMP_LINE='tape check deep'; COMP_POINT=15; _tape tape deep check; echo \"\${COMPREPLY[*]}\"")" = "deepseek-shock.session" ]
}
if [ "$(id -u)" -eq 0 ] && command -v dpkg >/dev/null; then
  ! dpkg -s tape >/dev/null 2>&1 || fail "a tape package is already installed; remove it first (dpkg -r tape)"
  # Minimal images may tell dpkg to leave out man pages; this one must be installed.
  dpkg --path-include='/usr/share/man/man1/tape.1.gz' -i "$package" >/dev/null
  trap 'dpkg -r tape >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
  [ "$(cd / && env -i PATH=/usr/bin:/bin tape -e '1+1')" = "2" ] || fail "tape -e '1+1' after dpkg -i"
  [ "$(man -w tape)" = "/usr/share/man/man1/tape.1.gz" ] || fail "man -w tape gives '$(man -w tape 2>&1)'"
  completes /usr/share/bash-completion/completions/tape || fail "bash does not complete \`tape ex\` to export or \`tape check deep\` to a notebook"
  kernel="the kernel's installer skipped (no .build/python: make test makes it)"
  if [ -x .build/python/bin/python ]; then  # the Jupyter kernel's installer, as shipped
    PATH=/usr/bin:/bin .build/python/bin/python /usr/share/tape/jupyter/install.py --prefix "$scratch/jupyter" >/dev/null
    grep -q '"TAPE_BINARY": "/usr/bin/tape"' "$scratch/jupyter/share/jupyter/kernels/tape/kernel.json" \
      || fail "the packaged install.py did not install the kernel for /usr/bin/tape"
    kernel="the kernel's installer"
  fi
  dpkg -r tape >/dev/null
  ! command -v tape >/dev/null 2>&1 || [ "$(command -v tape)" != /usr/bin/tape ] || fail "dpkg -r left /usr/bin/tape"
  [ ! -e /usr/share/man/man1/tape.1.gz ] || fail "dpkg -r left the man page"
  echo "dpkg -i, tape -e, man -w, bash completion, $kernel, dpkg -r: ok"
else
  dpkg-deb -x "$package" "$scratch/root"
  [ "$(env -i "$scratch/root/usr/bin/tape" -e '1+1')" = "2" ] || fail "tape -e '1+1' from the unpacked package"
  [ -s "$scratch/root/usr/share/man/man1/tape.1.gz" ] || fail "no man page in the package"
  completes "$scratch/root/usr/share/bash-completion/completions/tape" || fail "bash does not complete \`tape ex\` to export or \`tape check deep\` to a notebook"
  echo "not root: the package was unpacked, not installed with dpkg -i; tape -e, man page, bash completion: ok"
fi
step "done"
