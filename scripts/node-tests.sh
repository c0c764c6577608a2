#!/usr/bin/env bash
# Runs Node's own test/parallel files (an external checkout, never part of this repository) on
# node25 and node4j and reports per-module pass rates over the files that pass on node25, with
# the recorded cause of every failure (compat-tests/node-suite/README.md).
#   scripts/node-tests.sh [CHECKOUT] [prefix,prefix,...]
# CHECKOUT (default $NODE_TESTS or /work/node-tests-25.8.1) must hold test/common and
# test/parallel of Node 25.8.1. Module prefixes follow Node's file names: events are
# test-event-emitter-*, test-events-*, test-eventtarget-*; string_decoder is test-string-decoder*.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
checkout="${1:-${NODE_TESTS:-/work/node-tests-25.8.1}}"
prefixes="${2:-buffer,fs,event-emitter,events,eventtarget,timers,path,util,assert,process,string-decoder,stream,readable,writable,crypto,webcrypto,readline,zlib,vm}"
"$root/scripts/fetch-node-tests.sh" "$checkout" >/dev/null || { echo "no Node test checkout at $checkout" >&2; exit 2; }
"$root/scripts/install-engines.sh" node25 >/dev/null
"$root/compat-tests/run" --node-tests --suite "$checkout" --modules "$prefixes" \
  --engine node25 --engine node4j --timeout 60 || true
results="$root/compat-tests/results/node-parallel"
"$root/.engines/node25/bin/node" "$root/compat-tests/node-suite/report.js" "$results/node25.json" "$results/node4j.json"
