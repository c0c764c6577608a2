# Sourced by node4j's scripts: exports JAVA_HOME (and PATH) for a JDK 25 or newer, or exits 2.
# Honours $JAVA_HOME when it is 25+, else takes the first /usr/lib/jvm/*25* (the default java
# on these machines is 17).
node4j_java_major() {   # from the JDK's release file (running `java -version` costs ~80 ms a launch)
  local v=""
  [ -f "$1/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release")"
  [ -n "$v" ] || v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -1)"
  echo "$v"
}
node4j_use_jdk25() {
  local d m
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*-2[6-9]*; do
    [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
    m="$(node4j_java_major "$d")"
    if [ -n "$m" ] && [ "$m" -ge 25 ]; then
      export JAVA_HOME="$d" PATH="$d/bin:$PATH"
      return 0
    fi
  done
  echo "${0##*/}: needs JDK 25 or newer: set JAVA_HOME to one (none in \$JAVA_HOME or /usr/lib/jvm/*25*)" >&2
  exit 2
}
node4j_use_jdk25
