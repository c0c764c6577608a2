#!/usr/bin/env bash
# Points the compat runner at an existing checkout of Node's own tests (nodejs/node).
#
#   scripts/fetch-node-tests.sh [PATH]        (or NODE_CHECKOUT=PATH scripts/fetch-node-tests.sh)
#
# Nothing is downloaded: there is no GitHub access on CI machines, and Node's test suite must
# never be committed to this repository. Obtain a checkout yourself on a machine that can
# (e.g. `git clone --depth 1 --branch v25.8.1 https://github.com/nodejs/node`, matching the
# reference engine's version), then give its root here. The script checks that it has
# test/common and test/parallel, reports its version, and prints the command to run.
# Exit status: 0 = usable checkout (its absolute path is the last line of stdout),
#              1 = none present / not a Node checkout.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-${NODE_CHECKOUT:-}}"

if [ -z "$dir" ]; then
  echo "fetch-node-tests: no Node checkout given (pass its path, or set NODE_CHECKOUT)." >&2
  echo "fetch-node-tests: this script downloads nothing; clone nodejs/node elsewhere first." >&2
  exit 1
fi
if [ ! -d "$dir" ]; then
  echo "fetch-node-tests: no Node checkout present at $dir" >&2
  exit 1
fi
dir="$(cd "$dir" && pwd)"
if [ ! -d "$dir/test/common" ] || [ ! -d "$dir/test/parallel" ]; then
  echo "fetch-node-tests: $dir is not a Node checkout (test/common and test/parallel are missing)" >&2
  exit 1
fi
case "$dir/" in
  "$root"/*) echo "fetch-node-tests: warning: $dir is inside this repository; keep it out of commits" >&2 ;;
esac

version=""
h="$dir/src/node_version.h"
if [ -f "$h" ]; then
  major="$(sed -n 's/^#define NODE_MAJOR_VERSION \([0-9]*\).*/\1/p' "$h")"
  minor="$(sed -n 's/^#define NODE_MINOR_VERSION \([0-9]*\).*/\1/p' "$h")"
  patch="$(sed -n 's/^#define NODE_PATCH_VERSION \([0-9]*\).*/\1/p' "$h")"
  [ -n "$major" ] && version="v$major.$minor.$patch"
fi
count="$(find "$dir/test/parallel" -maxdepth 1 -name 'test-*.js' | wc -l)"
echo "Node checkout: $dir (${version:-version unknown}, $count files in test/parallel)" >&2
if [ -x "$root/.engines/node25/bin/node" ] && [ -n "$version" ]; then
  ref="$("$root/.engines/node25/bin/node" --version)"
  [ "${ref%%.*}" = "${version%%.*}" ] || \
    echo "fetch-node-tests: note: the checkout is $version but the node25 reference engine is $ref" >&2
fi
echo "Run: compat-tests/run --node-tests --suite $dir --modules buffer,path,events,fs --engine node25 --engine node4j" >&2
echo "$dir"
