#!/usr/bin/env bash
# Regenerates the committed reference surface matrix/data/api-surface-node-<version>.json by
# running probe.js on the reference Node (default: .engines/node25, see scripts/install-engines.sh).
# Usage: matrix/probe/make-surface.sh [NODE_BINARY]
# The file is only rewritten when the API list changed: a run that differs in its "date" line
# alone leaves the committed file untouched, so regeneration is deterministic.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
node="${1:-$root/.engines/node25/bin/node}"
[ -x "$node" ] || { echo "make-surface: no reference node at $node (run scripts/install-engines.sh node25)" >&2; exit 1; }
version="$("$node" --version)"; version="${version#v}"
out="$root/matrix/data/api-surface-node-$version.json"
tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
# stdin from /dev/null: the probe reads process.stdin's getter; keep it from touching a terminal.
(cd "$root" && "$node" "$here/probe.js" --engine "node${version%%.*}" "$tmp" </dev/null 2>/dev/null)
if [ -f "$out" ] && diff -q <(grep -v '^  "date":' "$out") <(grep -v '^  "date":' "$tmp") >/dev/null; then
  echo "make-surface: $out unchanged ($(grep -c '"name":' "$out") APIs)"
else
  mkdir -p "$(dirname "$out")"
  cp "$tmp" "$out"
  echo "make-surface: wrote $out ($(grep -c '"name":' "$out") APIs)"
fi
