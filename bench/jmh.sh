#!/usr/bin/env bash
# Runs the JMH benchmarks (Java side) with the launcher's JVM flags.
#   bench/jmh.sh [JMH options...]      e.g.  bench/jmh.sh EncodingsBench -p size=1048576
# Defaults (overridable by later options on the command line): fork 1, 3 x 1 s warm-up,
# 5 x 1 s measurement. Build first: mvn -q package -f bench/pom.xml (bench/run.sh does it).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$root/scripts/lib/jdk.sh"
target="$here/target"
if [ ! -f "$target/classpath.txt" ] || [ ! -f "$target/node4j-bench-0.1.0-SNAPSHOT.jar" ]; then
  echo "bench/jmh.sh: not built: run 'mvn -q package -f bench/pom.xml' in $root" >&2; exit 1
fi
cp="$target/node4j-bench-0.1.0-SNAPSHOT.jar:$(cat "$target/classpath.txt")"
upgrade="$(ls "$target"/compiler/*.jar | tr '\n' ':')"
# JMH rejects an option given twice: add each default only when the caller did not give it.
declare -A given=()
for a in "$@"; do given["$a"]=1; done
defaults=()
[ -n "${given[-f]:-}" ] || defaults+=(-f 1)
[ -n "${given[-wi]:-}" ] || defaults+=(-wi 3)
[ -n "${given[-w]:-}" ] || defaults+=(-w 1s)
[ -n "${given[-i]:-}" ] || defaults+=(-i 5)
[ -n "${given[-r]:-}" ] || defaults+=(-r 1s)
# The forked benchmark JVM inherits these flags (JMH copies the host JVM's input arguments).
# Same compiler setup as bin/node4j; NODE4J_JAVA_OPTS adds more, as for the launcher.
exec "$JAVA_HOME/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="${upgrade%:}" \
  --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
  -XX:+UseSerialGC -Xss8m -Dpolyglot.engine.WarnInterpreterOnly=false ${NODE4J_JAVA_OPTS:-} \
  -cp "$cp" org.openjdk.jmh.Main "${defaults[@]}" "$@"
