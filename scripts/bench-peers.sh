#!/usr/bin/env bash
# Tape against its peers, whole programs timed with hyperfine in one run (docs/performance.md).
# Generates every input in a temporary folder; nothing large is committed.
#
#   scripts/bench-peers.sh                  build tape and a Swift hello-world (release, static), then time
#   TAPE=/path/to/tape scripts/bench-peers.sh
#   RUNS=5 scripts/bench-peers.sh           fewer runs per command (default 10)
#   TAPE_BEFORE=/path/to/old/tape scripts/bench-peers.sh   also time an older build, as "tape (before)"
#
# Needs hyperfine, bc, python3 with numpy and pandas, GNU time (/usr/bin/time); qalc is optional
# (apt-get install qalc; benchmarking only, CI does not need it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-10}"
scalar_lines=100000
qalc_lines=250       # qalc takes about 15 ms a line: time 250 lines and scale by 400
fib_n=25
series_points=3000000 # a series is dated; 0001-01-01..9999-12-31 holds 3.65M days, so not 10M
series_repeats=1000  # the op is ~2 ms: 1000 of them outweigh the drift of one load
csv_rows=1000000
wide_columns=500     # a table of 500 companies by 2,500 trading days (about ten years)
wide_days=2500
wide_repeats=20      # pct_change of the table and a sort of its last row, 20 times after one load
window_repeats=20    # rolling and resampling over the 1M-row CSV, after one load of it

for tool in hyperfine bc python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done
python3 -c 'import numpy' 2>/dev/null || { echo "bench: python3 has no numpy (pip install numpy)" >&2; exit 1; }
python3 -c 'import pandas' 2>/dev/null || { echo "bench: python3 has no pandas (pip install pandas)" >&2; exit 1; }
# pyenv and similar put a shell script first on PATH; time the interpreter itself.
python="$(python3 -c 'import sys; print(sys.executable)')"
has_qalc=1
command -v qalc >/dev/null || { has_qalc=0; echo "bench: qalc not installed, skipping it" >&2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Tape as released and the floor built the same way: release, the Swift runtime linked in
# (scripts/static-link-flags.sh, as scripts/build-release.sh builds Tape).
static_flags_text="$("$root/scripts/static-link-flags.sh")"
mapfile -t static_flags <<<"$static_flags_text"
tape="${TAPE:-}"
if [ -z "$tape" ]; then
  swift build -c release --product tape "${static_flags[@]}" --package-path "$root" --scratch-path "$root/.build-bench" >&2
  tape="$root/.build-bench/release/tape"
fi
# The floor: a Swift program that prints one line, linked the same way.
hello="$("$root/scripts/build-hello-floor.sh")"

# --- Inputs -----------------------------------------------------------------------------------
# Scalar script: groups of four lines, two bindings and two expressions on them, random figures.
gen_scalar() { # $1 lines, $2 assignment operator, $3 python (1: wrap expressions in print)
  awk -v n="$1" -v assign="$2" -v py="$3" 'BEGIN {
    srand(99)
    for (i = 0; i < n; i++) {
      k = i % 4
      if (k == 0) printf "v1 %s (%d.%02d - %d) / %d.%d * 1.%02d\n", assign, 10000 + int(rand() * 990000),
        int(rand() * 100), 1000 + int(rand() * 9000), 10 + int(rand() * 990), int(rand() * 10), int(rand() * 100)
      else if (k == 1) printf "v2 %s v1 * 1.07 - %d.%02d\n", assign, int(rand() * 500), int(rand() * 100)
      else if (k == 2) printf (py ? "print((v1 + v2) / 2)\n" : "(v1 + v2) / 2\n")
      else printf (py ? "print(v2 / v1 * 100)\n" : "v2 / v1 * 100\n")
    }
  }'
}
gen_scalar "$scalar_lines" "=" 0 >"$work/scalar.tape"
gen_scalar "$scalar_lines" "=" 1 >"$work/scalar.py"
{ echo "scale=15"; gen_scalar "$scalar_lines" "=" 0; } >"$work/scalar.bc"
gen_scalar "$qalc_lines" ":=" 0 >"$work/scalar.qalc"
echo '1+1' >"$work/one.txt"

cat >"$work/fib.tape" <<EOF
fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)
fib($fib_n)
EOF
cat >"$work/fib.py" <<EOF
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib($fib_n))
EOF

# Prices: one row a day from 0001-01-01 (series) and from 1900-01-01 (CSV), close and volume.
"$python" - "$work" "$series_points" "$csv_rows" <<'EOF'
import datetime, random, sys
work, points, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
def write(path, start, n):
    day = datetime.date.fromisoformat(start).toordinal()
    with open(path, "w") as f:
        f.write("date,close,volume\n")
        price = 100.0
        for i in range(n):
            price = max(1.0, price * (1 + random.gauss(0, 0.01)))
            f.write(f"{datetime.date.fromordinal(day + i).isoformat()},{price:.2f},{random.randint(10**5, 10**8)}\n")
write(f"{work}/series.csv", "0001-01-01", points)
write(f"{work}/prices.csv", "1900-01-01", rows)
EOF
# A wide table: one close per company a day, random walks from a fixed seed, weekdays only.
"$python" - "$work" "$wide_columns" "$wide_days" <<'EOF'
import datetime, random, sys
work, columns, days = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(11)
day, dates = datetime.date(2015, 1, 5), []
while len(dates) < days:
    if day.weekday() < 5: dates.append(day.isoformat())
    day += datetime.timedelta(days=1)
prices = [50.0 + random.random() * 150 for _ in range(columns)]
with open(f"{work}/wide.csv", "w") as f:
    f.write("date," + ",".join(f"t{c:03d}" for c in range(columns)) + "\n")
    for date in dates:
        prices = [max(1.0, p * (1 + random.gauss(0, 0.02))) for p in prices]
        f.write(date + "," + ",".join(f"{p:.2f}" for p in prices) + "\n")
EOF
# Series: the element-wise op and sum run `series_repeats` times after one load (enough that they
# outweigh the noise of the load); the same run
# without them is subtracted, so the figure is the op and sum alone, as numpy's is.
{
  echo "s = load(\"$work/series.csv\").close"
  echo "len(s)"
} >"$work/series-load.tape"
cp "$work/series-load.tape" "$work/series-ops.tape"
for _ in $(seq "$series_repeats"); do echo "sum(s * 1.07)" >>"$work/series-ops.tape"; done
cat >"$work/series-base.py" <<EOF
import numpy as np
s = np.arange($series_points, dtype=np.float64) * 0.01 + 100.0
print(len(s))
EOF
cp "$work/series-base.py" "$work/series-ops.py"
for _ in $(seq "$series_repeats"); do echo "print((s * 1.07).sum())" >>"$work/series-ops.py"; done

# Whole-table operations: `pct_change` of every column, then the last row sorted with its labels;
# the load alone is subtracted, for tape and pandas alike.
{
  echo "t = load(\"$work/wide.csv\")"
  echo "len(t)"
} >"$work/wide-load.tape"
cp "$work/wide-load.tape" "$work/wide-ops.tape"
for _ in $(seq "$wide_repeats"); do echo "sort(last(pct_change(t)))" >>"$work/wide-ops.tape"; done
cat >"$work/wide-base.py" <<EOF
import pandas as pd
t = pd.read_csv("$work/wide.csv", index_col="date", parse_dates=True)
print(len(t))
EOF
cp "$work/wide-base.py" "$work/wide-ops.py"
for _ in $(seq "$wide_repeats"); do echo "print(t.pct_change().iloc[-1].sort_values())" >>"$work/wide-ops.py"; done
# Windows and resampling over the CSV's 1M daily closes, against pandas reading the same file: one
# load, then the op `window_repeats` times; the run without the ops is subtracted, for both.
{
  echo "s = load(\"$work/prices.csv\").close"
  echo "len(s)"
} >"$work/window-load.tape"
cp "$work/window-load.tape" "$work/rolling.tape"
cp "$work/window-load.tape" "$work/resample.tape"
cat >"$work/window-base.py" <<EOF
import pandas as pd
s = pd.read_csv("$work/prices.csv", index_col=0, parse_dates=True)["close"]
print(len(s))
EOF
cp "$work/window-base.py" "$work/rolling.py"
cp "$work/window-base.py" "$work/resample.py"
for _ in $(seq "$window_repeats"); do
  echo "len(rolling(s, 20, stdev))" >>"$work/rolling.tape"
  echo "len(resample(s, \"month\", last))" >>"$work/resample.tape"
  echo "print(len(s.rolling(20).std()))" >>"$work/rolling.py"
  echo 'print(len(s.resample("ME").last()))' >>"$work/resample.py"
done

echo "load(\"$work/prices.csv\")" >"$work/csv.tape"
cat >"$work/load_prices.py" <<EOF
import csv
dates, closes, volumes = [], [], []
with open("$work/prices.csv", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    for date, close, volume in rows:
        dates.append(date); closes.append(float(close)); volumes.append(float(volume))
print(len(dates))
EOF

mapfile -t notebooks < <(find "$root/sessions" -name '*.session' | sort)

# --- Sanity: every program prints what it should ------------------------------------------------
[ "$("$tape" <"$work/scalar.tape" | wc -l)" -eq "$scalar_lines" ] || { echo "bench: tape scalar output is short" >&2; exit 1; }
[ "$("$tape" <"$work/fib.tape")" = "75,025" ] || { echo "bench: tape fib is wrong" >&2; exit 1; }
"$tape" check "${notebooks[@]}" >/dev/null || { echo "bench: tape check failed" >&2; exit 1; }
head -4 "$work/scalar.tape" | paste - <("$tape" <"$work/scalar.tape" | head -4) >&2
tail -3 "$work/series-ops.tape" | paste - <("$tape" <"$work/series-ops.tape" | tail -3) >&2
# Tape's ranking starts with the company pandas' does: the same figures, sorted the same way.
wide_first_tape="$(printf '%s\n' "t = load(\"$work/wide.csv\")" "sort(last(pct_change(t)))" | "$tape" | grep -m1 '^t[0-9]' | awk '{print $1}')"
wide_first_pandas="$(printf '%s\n' "import pandas as pd" "t = pd.read_csv('$work/wide.csv', index_col='date')" "print(t.pct_change().iloc[-1].sort_values().index[0])" | "$python")"
[ "$wide_first_tape" = "$wide_first_pandas" ] || { echo "bench: tape ranks $wide_first_tape first, pandas $wide_first_pandas" >&2; exit 1; }
# The window and resampling results agree with pandas' on the last point.
echo "rolling stdev and month-end close, last: tape" \
  "$("$tape" -e "s = load(\"$work/prices.csv\").close" -e "last(rolling(s, 20, stdev))" -e "last(resample(s, \"month\", last))" | tail -2 | tr '\n' ' ')" \
  "pandas $("$python" -c "import pandas as pd; s = pd.read_csv('$work/prices.csv', index_col=0, parse_dates=True)['close']; print(s.rolling(20).std().iloc[-1], s.resample('ME').last().iloc[-1])")" >&2

# --- Timing -----------------------------------------------------------------------------------
# RESULTS=folder keeps hyperfine's JSON exports there; by default they go with the inputs.
export_dir="${RESULTS:-$work/results}"
mkdir -p "$export_dir"
bench() { # $1 name, then hyperfine arguments
  local name="$1"
  shift
  hyperfine --warmup 2 --runs "$runs" --export-json "$export_dir/$name.json" "$@" >&2
}
q() { printf "%q" "$1"; }
# With TAPE_BEFORE: the same commands for an older build, named "tape (before)" (not `tape check`:
# an older build may not know what newer notebooks use).
before_startup=()
before_scalar=()
before_fib=()
before_csv=()
if [ -n "${TAPE_BEFORE:-}" ]; then
  old="$(q "$TAPE_BEFORE")"
  before_startup=(-n "tape (before)" "echo '1+1' | $old")
  before_scalar=(-n "tape (before)" "$old < $work/scalar.tape")
  before_fib=(-n "tape (before)" "$old < $work/fib.tape")
  before_csv=(-n "tape (before)" "$old < $work/csv.tape")
fi
qalc_startup=()
qalc_scalar=()
if [ $has_qalc = 1 ]; then
  qalc_startup=(-n qalc "qalc -t 1+1")
  qalc_scalar=(-n "qalc ($qalc_lines lines)" "qalc -t -f $work/scalar.qalc")
fi
# The floor reads its input the way tape does, from `echo` through a pipe, so the two commands
# differ only in the program.
bench startup \
  -n "swift hello (floor)" "echo '1+1' | $(q "$hello")" \
  -n "tape" "echo '1+1' | $(q "$tape")" \
  "${before_startup[@]}" \
  -n "bc" "echo '1+1' | bc" \
  -n "python3" "$(q "$python") -c 'print(1+1)'" \
  "${qalc_startup[@]}"
bench scalar \
  -n "tape" "$(q "$tape") < $work/scalar.tape" \
  "${before_scalar[@]}" \
  -n "bc" "bc < $work/scalar.bc" \
  -n "python3" "$(q "$python") $work/scalar.py" \
  "${qalc_scalar[@]}"
bench fib -n "tape" "$(q "$tape") < $work/fib.tape" "${before_fib[@]}" -n "python3" "$(q "$python") $work/fib.py"
bench csv -n "tape" "$(q "$tape") < $work/csv.tape" "${before_csv[@]}" -n "python3 csv" "$(q "$python") $work/load_prices.py"
bench check -n "tape check (${#notebooks[@]} notebooks)" "$(q "$tape") check ${notebooks[*]}"

# Commands whose comparison is the verdict run alternating, one of each per round: this machine's
# speed drifts (a shared VM) for minutes at a time, and hyperfine runs every repetition of one
# command before the next, so a slow minute can land on either side. Medians of wall and CPU time
# per command go to a JSON file. Arguments: output, rounds, then name, input file, command...
cat >"$work/alternate.py" <<'EOF'
import json, os, subprocess, sys, time
out, rounds, rest = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
commands = [(rest[i], rest[i + 1], rest[i + 2].split("\x1f")) for i in range(0, len(rest), 3)]
results = {name: {"wall": [], "cpu": []} for name, _, _ in commands}
for _ in range(rounds):
    for name, stdin_path, argv in commands:
        with open(stdin_path) as stdin:
            before, started = os.times(), time.perf_counter()
            subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            wall, after = time.perf_counter() - started, os.times()
        results[name]["wall"].append(wall)
        results[name]["cpu"].append(after.children_user - before.children_user + after.children_system - before.children_system)
json.dump(results, open(out, "w"))
EOF
sep=$'\x1f'
# Start-up: `1+1` on standard input from a file, each program started directly (no shell), one
# of each per round; the verdicts on start-up are these medians. Each runs from a copy made
# here: how a binary's pages sit in the page cache changes its start (the hello-world took 1.11
# ms as the linker wrote it, 0.98 ms as `cp` wrote it), and an installed program is a copy.
mkdir -p "$work/bin"
cp "$tape" "$work/bin/tape"
cp "$hello" "$work/bin/hello"
before_alternating=()
if [ -n "${TAPE_BEFORE:-}" ]; then
  cp "$TAPE_BEFORE" "$work/bin/tape-before"
  before_alternating=("tape (before)" "$work/one.txt" "$work/bin/tape-before")
fi
"$python" "$work/alternate.py" "$export_dir/startup-interleaved.json" "$(( runs * 20 > 200 ? runs * 20 : 200 ))" \
  tape "$work/one.txt" "$work/bin/tape" \
  "${before_alternating[@]}" \
  "swift hello" "$work/one.txt" "$work/bin/hello" \
  bc "$work/one.txt" "bc"
"$python" "$work/alternate.py" "$export_dir/scalar-interleaved.json" "$(( runs > 15 ? runs : 15 ))" \
  tape "$work/scalar.tape" "$tape" \
  bc "$work/scalar.bc" "bc"
# The series op: one load, then the op and sum `series_repeats` times; the run without them is
# subtracted, for tape and numpy alike.
"$python" "$work/alternate.py" "$export_dir/series-interleaved.json" "$(( runs > 8 ? runs : 8 ))" \
  "tape load" "$work/series-load.tape" "$tape" \
  "tape load+ops" "$work/series-ops.tape" "$tape" \
  "numpy base" /dev/null "$python$sep$work/series-base.py" \
  "numpy base+ops" /dev/null "$python$sep$work/series-ops.py"

# The whole-table op: one load, then `pct_change` of the table and a sort of its last row.
"$python" "$work/alternate.py" "$export_dir/wide-interleaved.json" "$(( runs > 8 ? runs : 8 ))" \
  "tape load" "$work/wide-load.tape" "$tape" \
  "tape load+ops" "$work/wide-ops.tape" "$tape" \
  "pandas base" /dev/null "$python$sep$work/wide-base.py" \
  "pandas base+ops" /dev/null "$python$sep$work/wide-ops.py"
# Rolling stdev and month-end resampling: one load, then the op; the load alone is subtracted.
"$python" "$work/alternate.py" "$export_dir/window-interleaved.json" "$(( runs > 8 ? runs : 8 ))" \
  "tape load" "$work/window-load.tape" "$tape" \
  "tape load+rolling" "$work/rolling.tape" "$tape" \
  "tape load+resample" "$work/resample.tape" "$tape" \
  "pandas base" /dev/null "$python$sep$work/window-base.py" \
  "pandas base+rolling" /dev/null "$python$sep$work/rolling.py" \
  "pandas base+resample" /dev/null "$python$sep$work/resample.py"

# Peak memory (maximum resident set, GNU time) of the series runs.
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
tape_series_kb="$(peak "$tape" -e "s = load(\"$work/series.csv\").close" -e "sum(s * 1.07)")"
tape_load_kb="$(peak "$tape" -e "s = load(\"$work/series.csv\").close")"
numpy_series_kb="$(peak "$python" "$work/series-ops.py")"
# Tape having read nothing (the runtime, the stdlib, the registries), to tell what the data costs.
tape_idle_kb="$(peak "$tape" -e "1")"
csv_bytes="$(stat -c %s "$work/series.csv")"

# --- Report -----------------------------------------------------------------------------------
"$python" - "$export_dir" "$scalar_lines" "$qalc_lines" "$series_points" "$series_repeats" "$csv_rows" \
  "$tape_series_kb" "$tape_load_kb" "$numpy_series_kb" "$csv_bytes" "$has_qalc" "$tape_idle_kb" \
  "$wide_columns" "$wide_days" "$wide_repeats" "$window_repeats" <<'EOF'
import json, statistics, sys
d, lines, qlines, points, repeats, rows, tape_kb, load_kb, np_kb, csv_bytes, has_qalc, idle_kb, wcols, wdays, wrepeats, window_repeats = sys.argv[1:]
wcols, wdays, wrepeats = int(wcols), int(wdays), int(wrepeats)
window_repeats = int(window_repeats)
lines, qlines, points, repeats, rows = map(int, (lines, qlines, points, repeats, rows))
# The median of each command's runs: on a shared 2-core machine another process can stall a run,
# and one stalled run moves the mean but not the median. CPU time (user + system, mean) is in the
# raw results below, as a second view that waiting does not affect.
def load(name):
    return {r["command"]: (r["median"], r["stddev"] or 0.0) for r in json.load(open(f"{d}/{name}.json"))["results"]}
def cpu(name):
    return {r["command"]: r["user"] + r["system"] for r in json.load(open(f"{d}/{name}.json"))["results"]}
def ms(seconds): return f"{seconds * 1000:,.1f} ms"
def row(*cells): print("| " + " | ".join(cells) + " |")
def ratio(a, b): return f"{a / b:.2f}x" if a / b >= 0.1 else f"{a / b:.2g}x"
def verdict(ok): return "**met**" if ok else "**not met**"
print("| benchmark | tape | peer | ratio tape/peer | target | status |")
print("| --- | --- | --- | --- | --- | --- |")
up = json.load(open(f"{d}/startup-interleaved.json"))
tu, hu, bu = (statistics.median(up[name]["wall"]) for name in ("tape", "swift hello", "bc"))
n = len(up["tape"]["wall"])
row(f"startup `tape < 1+1`, runs alternating ({n} each)", ms(tu), f"static swift hello {ms(hu)}", ratio(tu, hu), "≤ 1.5x", verdict(tu <= 1.5 * hu))
row(f"startup `tape < 1+1`, runs alternating ({n} each)", ms(tu), f"bc {ms(bu)}", ratio(tu, bu), "≤ 2x", verdict(tu <= 2 * bu))
if "tape (before)" in up:
    tb = statistics.median(up["tape (before)"]["wall"])
    row("startup, before, runs alternating", ms(tb), f"static swift hello {ms(hu)}", ratio(tb, hu), "", "")
s = load("startup")
floor = s["swift hello (floor)"][0]
row("startup `echo '1+1' \\| tape` (hyperfine, through a shell)", ms(s["tape"][0]), f"swift hello {ms(floor)}", ratio(s["tape"][0], floor), "", "")
if "tape (before)" in s:
    row("startup, before", ms(s["tape (before)"][0]), f"swift hello {ms(floor)}", ratio(s["tape (before)"][0], floor), "", "")
for peer in ("bc", "python3", "qalc"):
    if peer in s: row("startup", ms(s["tape"][0]), f"{peer} {ms(s[peer][0])}", ratio(s["tape"][0], s[peer][0]), "", "")
c = load("scalar")
t = c["tape"][0]
inter = json.load(open(f"{d}/scalar-interleaved.json"))
tw, bw = statistics.median(inter["tape"]["wall"]), statistics.median(inter["bc"]["wall"])
tc, bcpu = statistics.median(inter["tape"]["cpu"]), statistics.median(inter["bc"]["cpu"])
rounds = len(inter["tape"]["wall"])
row(f"scalar, {lines:,} lines, runs alternating ({rounds} each)", f"{ms(tw)} (CPU {ms(tc)})", f"bc {ms(bw)} (CPU {ms(bcpu)})", ratio(tw, bw), "< 1x (faster than bc)", verdict(tw < bw))
row(f"scalar, {lines:,} lines (hyperfine)", ms(t), f"bc {ms(c['bc'][0])}", ratio(t, c["bc"][0]), "", "")
row(f"scalar, {lines:,} lines", ms(t), f"python3 {ms(c['python3'][0])}", ratio(t, c["python3"][0]), "", "")
qname = f"qalc ({qlines} lines)"
if qname in c:
    scaled = c[qname][0] * lines / qlines
    row(f"scalar, {lines:,} lines", ms(t), f"qalc {ms(scaled)} (scaled from {qlines:,} lines)", ratio(t, scaled), "", "")
if "tape (before)" in c:
    row(f"scalar, before", ms(c["tape (before)"][0]), f"bc {ms(c['bc'][0])}", ratio(c["tape (before)"][0], c["bc"][0]), "", "")
f = load("fib")
row("fib(25), whole run", ms(f["tape"][0]), f"python3 {ms(f['python3'][0])}", ratio(f["tape"][0], f["python3"][0]), "≤ 1x", verdict(f["tape"][0] <= f["python3"][0]))
if "tape (before)" in f:
    row("fib(25), before", ms(f["tape (before)"][0]), f"python3 {ms(f['python3'][0])}", ratio(f["tape (before)"][0], f["python3"][0]), "", "")
r = {name: statistics.median(v["wall"]) for name, v in json.load(open(f"{d}/series-interleaved.json")).items()}
tape_op = (r["tape load+ops"] - r["tape load"]) / repeats
np_op = (r["numpy base+ops"] - r["numpy base"]) / repeats
row(f"series `sum(s * 1.07)`, {points:,} points, per op (runs alternating)", ms(tape_op), f"numpy {ms(np_op)}", ratio(tape_op, np_op), "≤ 1.5x", verdict(tape_op <= 1.5 * np_op))
# The raw data is what the file holds, at its natural width: a 4-byte date and two 8-byte numbers
# a row (`load` reads every column; the series keeps the dates and one column). The memory the data
# costs is the peak above tape having read nothing (the runtime, the stdlib): numpy's own peak is
# three times its array, its interpreter included.
values = points * 8
table = points * (4 + 8 + 8)
above_idle = (int(tape_kb) - int(idle_kb)) * 1024
row(f"series peak memory above idle tape ({int(idle_kb) / 1024:,.0f} MB), load + op", f"{above_idle / 2**20:,.0f} MB", f"numpy {int(np_kb) / 1024:,.0f} MB in all", f"{above_idle / table:.2f}x the file's {table / 1e6:.0f} MB of data; {above_idle / values:.2f}x the series' {values / 1e6:.0f} MB of values", "< 2.5x raw", verdict(above_idle < 2.5 * table))
row(f"series peak memory, whole process", f"{int(tape_kb) / 1024:,.0f} MB (load alone {int(load_kb) / 1024:,.0f} MB)", f"CSV file {int(csv_bytes) / 1e6:.0f} MB", f"{int(tape_kb) * 1024 / values:.1f}x the values", "", "")
w = {name: statistics.median(v["wall"]) for name, v in json.load(open(f"{d}/wide-interleaved.json")).items()}
tape_wide = (w["tape load+ops"] - w["tape load"]) / wrepeats
pandas_wide = (w["pandas base+ops"] - w["pandas base"]) / wrepeats
row(f"`sort(last(pct_change(t)))`, {wcols} columns × {wdays:,} days, per op (runs alternating)", ms(tape_wide), f"pandas {ms(pandas_wide)}", ratio(tape_wide, pandas_wide), "≤ 1x", verdict(tape_wide <= pandas_wide))
row(f"load of that table", ms(w["tape load"]), f"pandas read_csv {ms(w['pandas base'])}", ratio(w["tape load"], w["pandas base"]), "", "")
w = {name: statistics.median(v["wall"]) for name, v in json.load(open(f"{d}/window-interleaved.json")).items()}
for op, tape_text, pandas_text in (("rolling", "rolling(s, 20, stdev)", "s.rolling(20).std()"), ("resample", 'resample(s, "month", last)', 's.resample("ME").last()')):
    tape_op = (w[f"tape load+{op}"] - w["tape load"]) / window_repeats
    pandas_op = (w[f"pandas base+{op}"] - w["pandas base"]) / window_repeats
    row(f"`{tape_text}`, {rows:,} points, per op (runs alternating)", ms(tape_op), f"pandas `{pandas_text}` {ms(pandas_op)}", ratio(tape_op, pandas_op), "≤ 1x", verdict(tape_op <= pandas_op))
v = load("csv")
row(f"CSV load, {rows:,} rows", ms(v["tape"][0]), f"python3 csv {ms(v['python3 csv'][0])}", ratio(v["tape"][0], v["python3 csv"][0]), "< 1x", verdict(v["tape"][0] < v["python3 csv"][0]))
if "tape (before)" in v:
    row(f"CSV load, before", ms(v["tape (before)"][0]), f"python3 csv {ms(v['python3 csv'][0])}", ratio(v["tape (before)"][0], v["python3 csv"][0]), "", "")
k = load("check")
name, (mean, _) = next(iter(k.items()))
row(name, ms(mean), "", "", "< 1 s", verdict(mean < 1))
print()
print("Times are hyperfine medians of whole-process runs (wall clock). Raw results, median ± standard")
print("deviation, then mean CPU time (user + system):")
print()
for name in ("startup", "scalar", "fib", "csv", "check"):
    times = cpu(name)
    for command, (median, sd) in load(name).items():
        print(f"- {name}: {command}: {ms(median)} ± {ms(sd)}; CPU {ms(times[command])}")
print()
print("Runs alternating, medians of wall clock and CPU time (user + system), and the range of wall clock:")
print()
for name in ("startup", "scalar", "series", "wide", "window"):
    for command, v in json.load(open(f"{d}/{name}-interleaved.json")).items():
        # Start-up is below the 10 ms resolution of the children's CPU times: wall clock only.
        cpu_time = "" if name == "startup" else f"; CPU {ms(statistics.median(v['cpu']))}"
        print(f"- {name}: {command}: {ms(statistics.median(v['wall']))}{cpu_time}; "
              f"{ms(min(v['wall']))} to {ms(max(v['wall']))} over {len(v['wall'])} runs")
EOF
