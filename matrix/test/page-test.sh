#!/usr/bin/env bash
# Headless-Chromium test of matrix/out/index.html (the generator's page).
#
#   matrix/test/page-test.sh [--keep]
#
# Builds a page from the committed reference surface plus two small, made-up result files (in a
# temp dir, never committed), then loads it in headless Chromium with filters given in the URL
# hash (the page applies #module=..&status=..&engine=..&q=.. on load) and checks the DOM dumped
# after the page's own JS ran: the page loads, filters narrow the rows, path.join shows the right
# status per engine, and a partial cell lists its failing test. Also writes a screenshot
# (page-test.png in the temp dir, path printed) for a human look.
# Needs: chromium (Debian: apt-get install chromium), JDK 25 (see matrix/generate).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
chrome="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
[ -n "$chrome" ] || { echo "page-test: chromium not found (apt-get install chromium)" >&2; exit 2; }

work="$(mktemp -d)"
keep=0; [ "${1:-}" = "--keep" ] && keep=1
cleanup() { if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "page-test: kept $work"; fi; }
trap cleanup EXIT
mkdir -p "$work/results" "$work/surfaces" "$work/out"

result() {   # engine, status of path.join test, status of path.basename test
  local engine="$1" join="$2" base="$3"
  cat > "$work/results/$engine.json" <<JSON
{ "format": "node4j-compat-results/1", "engine": "$engine", "command": "fake", "version": "v0.0.0",
  "platform": "linux-x64", "date": "2026-01-01T00:00:00Z", "suite": "compat-tests",
  "tests": [
    { "file": "path/test-path-join.js", "module": "path", "covers": ["path.join", "path.posix.join"],
      "status": "$join", "exitCode": $([ "$join" = pass ] && echo 0 || echo 1), "durationMs": 5,
      "stderr": "$([ "$join" = pass ] || echo 'AssertionError [ERR_ASSERTION]: <b>not</b> equal')" },
    { "file": "path/test-path-basename.js", "module": "path", "covers": ["path.basename"],
      "status": "$base", "exitCode": 0, "durationMs": 5, "stderr": "" }
  ] }
JSON
}
result node25 pass pass
result fakejs fail pass

# --surfaces: an empty dir, so only the reference surface counts (node25); fakejs has none.
"$here/generate" --no-probe --quiet --surfaces "$work/surfaces" --results "$work/results" --out "$work/out" >/dev/null
page="$work/out/index.html"
[ -s "$page" ] || { echo "page-test: generator wrote no page" >&2; exit 1; }

chrome_run() {
  "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" "$@" 2>>"$work/chrome.log"
}
dom() { chrome_run --dump-dom "file://$page#$1"; }

fails=0
check() {   # description, command...
  local what="$1"; shift
  if "$@"; then echo "ok   - $what"; else echo "FAIL - $what"; fails=$((fails + 1)); fi
}
attr() { grep -o "id=\"count\"[^>]*" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*'; }

total="$(grep -c '"name":' "$root"/matrix/data/api-surface-node-*.json | tail -1 | sed 's/.*://')"

all="$(dom '')"
check "page loads and its script runs" grep -q 'data-ready="true"' <<<"$all"
check "all $total reference APIs match with no filter" test "$(attr data-matched <<<"$all")" = "$total"
check "rows are capped for speed (a 'Show all' button)" grep -q 'Show all' <<<"$all"

path="$(dom 'module=path')"
n="$(attr data-matched <<<"$path")"
check "module filter narrows the rows ($n < $total)" test "$n" -gt 0 -a "$n" -lt "$total"
check "module filter: every row is a path API" \
  bash -c '! grep -o "data-api=\"[^\"]*\"" | grep -v "data-api=\"path"' <<<"$path"
check "module filter: rendered rows = matched" test "$(grep -o '<tr data-api=' <<<"$path" | wc -l)" = "$n"

q="$(dom 'q=path.join')"
row="$(grep -o '<tr data-api="path.join">.*' <<<"$q" | sed 's#</tr>.*##')"
check "search finds path.join" test -n "$row"
check "path.join is supported on node25" grep -q 'data-engine="node25" data-status="supported"' <<<"$row"
check "path.join is partial on fakejs" grep -q 'data-engine="fakejs" data-status="partial"' <<<"$row"
check "the partial cell lists its failing test" grep -q 'class="failing-test"><code>path/test-path-join.js</code>' <<<"$row"
check "stderr in the cell is escaped text" grep -q '&lt;b&gt;not&lt;/b&gt; equal' <<<"$row"
check "path.basename (all tests pass) is supported on fakejs" \
  bash -c 'grep -o "<tr data-api=\"path.basename\">.*" | sed "s#</tr>.*##" | grep -q "data-engine=\"fakejs\" data-status=\"supported\""' <<<"$path"

st="$(dom 'status=partial&engine=fakejs')"
check "status+engine filter: exactly the 2 partial APIs" test "$(attr data-matched <<<"$st")" = 2
check "engine filter shows only that engine's column" bash -c '! grep -q "data-engine=\"node25\""' <<<"$st"

un="$(dom 'status=untested&engine=node25&module=path')"
check "untested filter never lists a supported API" bash -c '! grep -q "<tr data-api=\"path.join\">"' <<<"$un"

shot="$work/page-test.png"
chrome_run --hide-scrollbars --window-size=1400,900 --screenshot="$shot" "file://$page#module=path" >/dev/null
check "screenshot written" test -s "$shot"
# Headless screenshots always show the top of the page: to see the sticky header, embed a copy
# that scrolls itself in an iframe.
sed 's#</body>#<script>setTimeout(function () { window.scrollTo(0, 1200); }, 50);</script></body>#' \
  "$page" > "$work/out/scrolled.html"
echo '<html><body style="margin:0"><iframe src="scrolled.html#module=path" style="border:0;width:1400px;height:900px"></iframe></body></html>' \
  > "$work/out/frame.html"
shot2="$work/page-test-scrolled.png"
chrome_run --hide-scrollbars --window-size=1400,900 --virtual-time-budget=3000 --screenshot="$shot2" \
  "file://$work/out/frame.html" >/dev/null
check "scrolled screenshot written" test -s "$shot2"
if [ "$keep" = 1 ]; then echo "page-test: screenshots $shot $shot2"; fi

if [ "$fails" -gt 0 ]; then echo "page-test: $fails check(s) failed" >&2; exit 1; fi
echo "page-test: all checks passed"
