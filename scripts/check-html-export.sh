#!/usr/bin/env bash
# Exports the bundled notebook to HTML and renders it in headless Chromium (Debian's `chromium`),
# so a person can look at the screenshot: `scripts/check-html-export.sh [OUT_DIR]`.
# Fails when the export fails, when Chromium cannot render the page, or when the page asks for
# anything over the network.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/html-check}
mkdir -p "$out"
command -v chromium >/dev/null || { echo "installing chromium" >&2; apt-get install -y -qq chromium >/dev/null; }
swift build --product tape >/dev/null
.build/debug/tape export sessions/deepseek-shock.session --format html -o "$out/deepseek-shock.html"
if grep -Eq '<script|https?://' "$out/deepseek-shock.html"; then
  echo "the export refers to scripts or the network" >&2
  exit 1
fi
chromium --headless --no-sandbox --disable-gpu --window-size=1000,3000 \
  --screenshot="$out/deepseek-shock.png" "file://$PWD/$out/deepseek-shock.html" 2>/dev/null
test -s "$out/deepseek-shock.png"
echo "screenshot: $out/deepseek-shock.png"
