#!/usr/bin/env bash
# The main job: set up, build node4j, run the compat suite on node4j and every reference engine
# present, and generate the compatibility matrix (matrix/out/{matrix.json,MATRIX.md,index.html}).
#   scripts/main.sh [--no-engines]    (--no-engines: use only the engines already installed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. scripts/lib/jdk.sh

if [ "${1:-}" != "--no-engines" ]; then
  echo "== reference engines (npm registry) =="
  scripts/install-engines.sh || echo "some reference engines could not be installed; the matrix shows only those present"
fi

echo "== build (JDK $(node4j_java_major "$JAVA_HOME")) =="
mvn -B -q install -DskipTests

echo "== compat tests =="
engines=(--engine node4j)
for e in node24 node25 bun deno; do
  if [ -x ".engines/$e/bin/${e%%[0-9]*}" ] || ls ".engines/$e/bin/" >/dev/null 2>&1; then engines+=(--engine "$e"); fi
done
command -v node >/dev/null && engines+=(--engine node)
compat-tests/run "${engines[@]}"

echo "== compatibility matrix =="
matrix/generate
echo "matrix written to $root/matrix/out/ (open index.html in a browser)"
