#!/usr/bin/env bash
# Start-up of `echo 1+1 | tape` against a static Swift hello-world and bc, alone (issue 21;
# docs/performance.md, "Start-up"): the same alternating method as scripts/bench-peers.sh, plus
# page faults (perf stat) and instructions (callgrind), in a minute instead of the whole suite.
#
#   scripts/bench-startup.sh                     build the release binary and the hello-world, then time
#   TAPE=/path/to/tape scripts/bench-startup.sh
#   TAPE_BEFORE=/path/to/old/tape scripts/bench-startup.sh   also time an older build
#   ROUNDS=400 scripts/bench-startup.sh          rounds of the alternating runs (default 300)
#
# perf and valgrind are optional: without them those columns stay empty.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tape="${TAPE:-}"
if [ -z "$tape" ]; then
  "$root/scripts/build-release.sh" >&2
  tape="$root/.build/release/tape"
fi
hello="$("$root/scripts/build-hello-floor.sh")"

# Each program runs from a copy made here: how a binary's pages sit in the page cache changes its
# start (the hello-world took 1.11 ms as the linker wrote it, 0.98 ms as `cp` wrote it), and an
# installed program is a copy.
mkdir -p "$work/bin" "$work/config"
cp "$tape" "$work/bin/tape"
cp "$hello" "$work/bin/hello"
programs=(tape "$work/bin/tape")
if [ -n "${TAPE_BEFORE:-}" ]; then
  cp "$TAPE_BEFORE" "$work/bin/tape-before"
  programs+=("tape (before)" "$work/bin/tape-before")
fi
programs+=("swift hello" "$work/bin/hello" bc "$(command -v bc)")
echo '1+1' >"$work/one.txt"
# An empty config folder: the user's own config.toml and init.tape are not part of start-up.
export XDG_CONFIG_HOME="$work/config"

python3 - "$work/one.txt" "$rounds" "${programs[@]}" <<'EOF'
import os, shutil, statistics, subprocess, sys, time
stdin_path, rounds, rest = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
programs = list(zip(rest[0::2], rest[1::2]))
wall = {name: [] for name, _ in programs}
for _ in range(rounds):
    for name, path in programs:
        with open(stdin_path) as stdin:
            started = time.perf_counter()
            subprocess.run([path], stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            wall[name].append(time.perf_counter() - started)

def faults(path):
    if not shutil.which("perf"): return ""
    with open(stdin_path) as stdin:
        out = subprocess.run(["perf", "stat", "-x,", "-r", "100", "-e", "page-faults", path], stdin=stdin,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    lines = [line for line in out.splitlines() if "page-faults" in line]
    return f"{float(lines[0].split(',')[0]):.0f}" if lines else ""

def instructions(path):
    # valgrind 3.19 cannot read clang's DWARF 5: count a copy without debug information.
    if not shutil.which("valgrind") or not shutil.which("strip"): return ""
    stripped = path + ".stripped"
    subprocess.run(["strip", "--strip-debug", "-o", stripped, path], check=True)
    with open(stdin_path) as stdin:
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", stripped], stdin=stdin,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    refs = [line for line in out.splitlines() if "refs:" in line]
    return f"{int(refs[0].split()[-1].replace(',', '')) / 1e6:.2f} M" if refs else ""

medians = {name: statistics.median(values) for name, values in wall.items()}
print(f"| `echo 1+1 \\| program`, {rounds} rounds alternating | median wall | tape / it | page faults | instructions |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, path in programs:
    ratio = f"{medians['tape'] / medians[name]:.2f}x" if name != "tape" else ""
    print(f"| {name} | {medians[name] * 1000:.2f} ms | {ratio} | {faults(path)} | {instructions(path)} |")
hello, bc, tape = medians["swift hello"], medians["bc"], medians["tape"]
print()
print(f"target 1.5x the hello-world: {'met' if tape <= 1.5 * hello else 'not met'} ({tape / hello:.2f}x); "
      f"target 2x bc: {'met' if tape <= 2 * bc else 'not met'} ({tape / bc:.2f}x)")
EOF
