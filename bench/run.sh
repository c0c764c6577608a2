#!/usr/bin/env bash
# node4j benchmarks against the reference engines, side by side in one run:
#   bench/run.sh                  full run (run it on a quiet machine: ~30-60 min)
#   BENCH_QUICK=1 bench/run.sh    smoke test: tiny sizes and iteration counts (numbers meaningless)
# Parts: startup (whole process: wall, CPU, peak RSS), steady (bench/programs/*.js), modules
# (Buffer encodings, sha256, aes-gcm, signatures, fs, stream), jmh (Java hot paths and
# new-context-per-call).
# Settings (environment):
#   BENCH_ENGINES  engines to run, default: every one present of node4j node4j-jit node25 node24 bun deno
#                  (node4j = bin/node4j's default start mode, node4j-jit = bin/node4j --jit; the
#                  steady and modules parts run node4j-jit only unless BENCH_ENGINES names node4j)
#   BENCH_PARTS    parts to run, default: startup steady modules jmh
#   BENCH_MODULES  module-throughput programs to run, default all: encodings sha256 crypto fs stream
#                  pipe256 core runtime net http (e.g. BENCH_MODULES="stream core")
#   BENCH_RUNS     start-up runs per engine and script (median reported), default 10 (quick: 3)
#   BENCH_TIMEOUT  seconds allowed per program run, default 1800 (quick: 180)
#   BENCH_JIT_MIN_WARM_MS  least warm-up of each steady/module row on node4j-jit, default 30000
#                  (GraalJS's inlining tier arrives long after its first tier looks settled)
#   BENCH_JMH_OPTS extra JMH options, e.g. "-f 2 -i 10" or "EncodingsBench -p size=1048576"
#   BENCH_NO_BUILD=1 skip 'mvn package' of bench/ (the JMH part needs it built once)
#   NODE4J_JAVA_OPTS extra JVM flags for bin/node4j and for the JMH JVMs
# Output: bench/results/<UTC date-time>.json and .md (ratios to node25 and node24).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/.." && pwd)"
quick="${BENCH_QUICK:-0}"
export BENCH_QUICK="$quick"
runs="${BENCH_RUNS:-$([ "$quick" = 1 ] && echo 3 || echo 10)}"
limit="${BENCH_TIMEOUT:-$([ "$quick" = 1 ] && echo 180 || echo 1800)}"
# node4j --jit warms every steady and module row at least this long (bench/lib/harness.js says why).
jit_min_warm="${BENCH_JIT_MIN_WARM_MS:-30000}"
parts=" ${BENCH_PARTS:-startup steady modules jmh} "
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
[ "$quick" = 1 ] && stamp="$stamp-quick"
out="$here/results"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/node4j-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export BENCH_TMP="$work"
records="$work/records.jsonl"
: > "$records"
log() { echo "[bench] $*" >&2; }

# ---- engines -------------------------------------------------------------------------------
declare -A cmd=()
if [ -x "$root/bin/node4j" ] && [ -f "$root/cli/target/node4j-cli.jar" ]; then
  cmd[node4j]="$root/bin/node4j"; cmd[node4j-jit]="$root/bin/node4j --jit"
fi
for e in node25 node24; do [ -x "$root/.engines/$e/bin/node" ] && cmd[$e]="$root/.engines/$e/bin/node"; done
[ -x "$root/.engines/bun/bin/bun" ] && cmd[bun]="$root/.engines/bun/bin/bun"
[ -x "$root/.engines/deno/bin/deno" ] && cmd[deno]="$root/.engines/deno/bin/deno run -A"
engines=()
for e in ${BENCH_ENGINES:-node4j node4j-jit node25 node24 bun deno}; do
  if [ -n "${cmd[$e]:-}" ]; then engines+=("$e"); else log "engine $e not present: skipped"; fi
done
[ "${#engines[@]}" -gt 0 ] || { log "no engine to run"; exit 1; }

# A record is one JSON line; the report joins them. $1 engine, $2 part, $3 JSON object body.
record() { printf '{"engine":"%s","part":"%s",%s\n' "$1" "$2" "${3#\{}" >> "$records"; }
json_str() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }

declare -A probe=()
for e in "${engines[@]}"; do
  p="$(cd "$here" && timeout "$limit" ${cmd[$e]} lib/probe.js 2>/dev/null | tail -1 || true)"
  [ -n "$p" ] || p='{}'
  probe[$e]="$p"
  record "$e" probe "{\"probe\":$p}"
  log "$e: $p"
done
has() { case "${probe[$1]}" in *"\"$2\":true"*) return 0;; *) return 1;; esac; }
# The probe's first run of each node4j mode may have started training its AOT cache in the
# background (bin/node4j): wait for that to end, so that no row runs beside it or without it.
if [ -n "${cmd[node4j]:-}" ] && command -v flock >/dev/null; then
  sleep 1
  for lock in "$root"/cli/target/*.aot.lock; do [ -f "$lock" ] && flock "$lock" true; done
fi

# Runs one program on one engine; keeps its {"bench": lines as records, or records the failure.
run_program() {
  local e="$1" part="$2" prog="$3" rc=0
  log "$part: $e $prog"
  local warm=()
  if [ "$e" = node4j-jit ] && [ "$quick" != 1 ]; then
    warm=(BENCH_MIN_WARM_MS="$jit_min_warm" BENCH_MAX_WARM_MS="${BENCH_MAX_WARM_MS:-$((jit_min_warm + 30000))}")
  fi
  (cd "$here" && env "${warm[@]}" timeout "$limit" ${cmd[$e]} "$prog" > "$work/stdout" 2> "$work/stderr") || rc=$?
  grep '^{"bench":' "$work/stdout" | while IFS= read -r line; do record "$e" "$part" "$line"; done || true
  if [ "$rc" != 0 ]; then
    local why; why="$(tail -c 300 "$work/stderr" | tr '\n' ' ')"
    [ "$rc" = 124 ] && why="timed out after ${limit}s"
    record "$e" "$part" "{\"bench\":\"$(basename "$prog" .js)\",\"program\":\"$prog\",\"error\":$(json_str "exit $rc: $why")}"
  fi
}

# ---- (a) start-up ----------------------------------------------------------------------------
if [[ "$parts" == *" startup "* ]]; then
  for script in hello fs-crypto; do
    for e in "${engines[@]}"; do
      if [ "$script" = fs-crypto ] && ! has "$e" sha256; then
        record "$e" startup "{\"bench\":\"startup.$script\",\"skipped\":\"no crypto sha256\"}"; continue
      fi
      log "startup: $e $script x$runs"
      (cd "$here" && ${cmd[$e]} "programs/startup/$script.js" > /dev/null 2>&1) || true   # warm the file cache
      for i in $(seq 1 "$runs"); do
        t0=$(date +%s%N)
        rc=0
        (cd "$here" && /usr/bin/time -f '%U %S %M' -o "$work/time" \
          timeout "$limit" ${cmd[$e]} "programs/startup/$script.js" > "$work/stdout" 2> "$work/stderr") || rc=$?
        t1=$(date +%s%N)
        if [ "$rc" != 0 ]; then
          record "$e" startup "{\"bench\":\"startup.$script\",\"error\":$(json_str "exit $rc: $(tail -c 300 "$work/stderr" | tr '\n' ' ')")}"
          break
        fi
        read -r user sys rss < <(tail -1 "$work/time")
        record "$e" startup "{\"bench\":\"startup.$script\",\"run\":$i,\"wall_ms\":$(( (t1 - t0) / 1000000 )),\"cpu_ms\":$(python3 -c "print(round(($user+$sys)*1000))"),\"rss_kib\":$rss}"
      done
    done
  done
fi

# ---- (b) steady state, (c) module throughput ---------------------------------------------------
# Long-running work is what --jit is for: the start mode (no JS compiler) runs here only on request.
long_engines=()
for e in "${engines[@]}"; do
  if [ "$e" = node4j ] && [ -n "${cmd[node4j-jit]:-}" ] && [[ " ${BENCH_ENGINES:-} " != *" node4j "* ]]; then continue; fi
  long_engines+=("$e")
done
if [[ "$parts" == *" steady "* ]]; then
  for prog in "$here"/programs/*.js; do
    for e in "${long_engines[@]}"; do run_program "$e" steady "programs/$(basename "$prog")"; done
  done
fi
if [[ "$parts" == *" modules "* ]]; then
  for prog in node/encodings.js programs/modules/sha256.js programs/modules/crypto.js programs/modules/fs.js \
              programs/modules/stream.js programs/modules/pipe256.js programs/modules/core.js \
              programs/modules/runtime.js programs/modules/net.js programs/modules/http.js; do
    name="$(basename "$prog" .js)"
    if [ -n "${BENCH_MODULES:-}" ] && [[ " $BENCH_MODULES " != *" $name "* ]]; then continue; fi
    for e in "${long_engines[@]}"; do run_program "$e" modules "$prog"; done
  done
fi

# ---- (d) JMH ---------------------------------------------------------------------------------
jmh_json=""
if [[ "$parts" == *" jmh "* ]]; then
  if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
    log "building bench/ (mvn package)"
    (cd "$root" && . scripts/lib/jdk.sh && { mvn -o -q package -f bench/pom.xml || mvn -q package -f bench/pom.xml; }) >&2
  fi
  jmh_json="$work/jmh.json"
  if [ "$quick" = 1 ]; then jmh_defaults=(-wi 0 -i 1 -r 100ms -p size=1024); else jmh_defaults=(); fi
  log "jmh ${jmh_defaults[*]} ${BENCH_JMH_OPTS:-}"
  # shellcheck disable=SC2086
  "$here/jmh.sh" "${jmh_defaults[@]}" ${BENCH_JMH_OPTS:-} -rf json -rff "$jmh_json" > "$work/jmh.log" 2>&1 \
    || { log "JMH failed: see $out/$stamp-jmh.log"; jmh_json=""; }
  cp "$work/jmh.log" "$out/$stamp-jmh.log"
fi

# ---- report ----------------------------------------------------------------------------------
reporter=""
for n in "$root/.engines/node25/bin/node" "$root/.engines/node24/bin/node" "$(command -v node || true)"; do
  [ -n "$n" ] && [ -x "$n" ] && { reporter="$n"; break; }
done
[ -n "$reporter" ] || { log "no node to write the report; raw records kept in $out/$stamp.records.jsonl"; cp "$records" "$out/$stamp.records.jsonl"; exit 1; }
meta="$(python3 - "$quick" "$runs" <<'PY'
import json, os, platform, subprocess, sys
def sh(c):
    try: return subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception: return ""
print(json.dumps({
  "quick": sys.argv[1] == "1", "startupRuns": int(sys.argv[2]),
  "host": platform.node(), "cpus": os.cpu_count(), "loadavg": os.getloadavg(),
  "cpuModel": sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"),
  "kernel": platform.release(),
  "java": sh("\"${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java\" -version 2>&1 | head -1"),
  "node4jJavaOpts": os.environ.get("NODE4J_JAVA_OPTS", ""),
  "launcherJvmFlags": sh("grep -E '^(common|flags)=|XX:' bin/node4j | tr -s ' \\\\\\n' ' '"),
  "jmhOpts": os.environ.get("BENCH_JMH_OPTS", ""),
}))
PY
)"
if ! "$reporter" "$here/lib/report.js" "$records" "${jmh_json:-}" "$meta" "$out/$stamp" >&2; then
  # keep the raw data so the report can be redone: node bench/lib/report.js <records> <jmh> '{}' <prefix>
  cp "$records" "$out/$stamp.records.jsonl"
  [ -n "${jmh_json:-}" ] && [ -f "$jmh_json" ] && cp "$jmh_json" "$out/$stamp.jmh.json"
  log "report failed; raw records kept in $out/$stamp.records.jsonl"; exit 1
fi
log "wrote $out/$stamp.json and $out/$stamp.md"
