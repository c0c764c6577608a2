#!/usr/bin/env bash
# The committed matrix/MATRIX.md is node4j's column, made only from what is committed: node4j's
# probed API surface and compat-tests/node4j-known-failures.txt (listed tests fail, all others
# pass; the compat run in scripts/test.sh enforces that this is true). So it never depends on
# one run's timing.
#   matrix/snapshot.sh --check     exit 1 when MATRIX.md is stale
#   matrix/snapshot.sh --update    rewrite it
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:---check}"
stated="$root/matrix/out/stated-results"
rm -rf "$stated"
"$root/compat-tests/run" --engine node4j --known-failures "$root/compat-tests/node4j-known-failures.txt" \
  --results-from-known-failures --out "$stated"
case "$mode" in
  --check) exec "$root/matrix/generate" --results "$stated" --check-snapshot "$root/matrix/MATRIX.md" ;;
  --update) exec "$root/matrix/generate" --results "$stated" --update-snapshot "$root/matrix/MATRIX.md" ;;
  *) echo "usage: matrix/snapshot.sh --check|--update" >&2; exit 2 ;;
esac
