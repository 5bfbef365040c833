#!/usr/bin/env bash
# Builds the start-up floor the benchmarks compare Tape with: a Swift program that prints one
# line, linked as Tape's release is (scripts/static-link-flags.sh), in .build-bench-hello.
# Prints the binary's path. Used by scripts/bench-peers.sh and scripts/bench-startup.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
static_flags_text="$("$root/scripts/static-link-flags.sh")"
mapfile -t static_flags <<<"$static_flags_text"
hello_dir="$root/.build-bench-hello"
mkdir -p "$hello_dir/Sources/hello"
cat >"$hello_dir/Package.swift" <<'PACKAGE'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
PACKAGE
echo 'print(1 + 1)' >"$hello_dir/Sources/hello/main.swift"
swift build -c release "${static_flags[@]}" --package-path "$hello_dir" >&2
echo "$hello_dir/.build/release/hello"
