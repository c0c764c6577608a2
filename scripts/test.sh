#!/usr/bin/env bash
# Every test: Java unit tests (JUnit 5), the compat suite checked on real Node 24 and 25, the
# compat suite on node4j against its list of known failures, the matrix snapshot and its page
# in headless Chromium. Ends with one "N passed, N failed" line over the suites it ran.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. scripts/lib/jdk.sh
failed_suites=()
passed_suites=0

suite() {   # name, command...
  local name="$1"; shift
  echo
  echo "== $name =="
  if "$@"; then passed_suites=$((passed_suites + 1)); else failed_suites+=("$name"); fi
}

scripts/install-engines.sh node24 node25 || echo "reference Node engines unavailable: the suite cannot be checked against Node"

suite "unit tests (mvn install)" mvn -B install
suite "compat tests are right on real Node" compat-tests/run --check-reference --engine node24 --engine node25 --retries 1
suite "compat tests on node4j (known failures: compat-tests/node4j-known-failures.txt)" \
  compat-tests/run --engine node4j --known-failures compat-tests/node4j-known-failures.txt \
    --jobs 2 --timeout 180 --retries 1
suite "matrix snapshot is current (node4j surface + known failures)" matrix/snapshot.sh --check
suite "matrix page in headless Chromium" matrix/test/page-test.sh

echo
echo "suites failed: ${failed_suites[*]:-none}"
echo "${passed_suites} passed, ${#failed_suites[@]} failed"
[ ${#failed_suites[@]} -eq 0 ]
