#!/usr/bin/env bash
# Signs JWTs on one engine and verifies them on the other, both ways (see README.md).
#   bench/jwt/run.sh <node_modules dir> [node command] [node4j command]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$(dirname "$here")")"
modules="${1:?usage: run.sh <node_modules dir> [node] [node4j]}"
node="${2:-$root/.engines/node25/bin/node}"
node4j="${3:-$root/bin/node4j}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
echo "== signed on node4j, verified on node"
$node4j "$here/check.js" sign "$modules" "$work/a" || status=1
$node "$here/check.js" verify "$modules" "$work/a" || status=1
echo "== signed on node, verified on node4j"
$node "$here/check.js" sign "$modules" "$work/b" || status=1
$node4j "$here/check.js" verify "$modules" "$work/b" || status=1
exit $status
