# Sourced by node4j's scripts: exports JAVA_HOME (and PATH) for a JDK 25 or newer, or exits 2.
# Honours $JAVA_HOME when it is 25+, else takes the first /usr/lib/jvm/*25* (the default java
# on these machines is 17).
node4j_java_major() {   # prints the JDK's major version (main.sh); see node4j_release_major
  node4j_release_major "$1"
  [ -n "$node4j_major" ] || node4j_major="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -1)"
  echo "$node4j_major"
}
# Sets node4j_major from the JDK's release file, in this shell: bin/node4j sources this on every
# launch, where a subshell, sed or `java -version` (~80 ms) would each cost milliseconds.
node4j_release_major() {
  node4j_major=""
  local line
  [ -f "$1/release" ] || return 0
  while IFS= read -r line; do
    case "$line" in
      JAVA_VERSION=\"[0-9]*) line="${line#JAVA_VERSION=\"}"; node4j_major="${line%%[!0-9]*}"; return 0 ;;
    esac
  done < "$1/release"
}
node4j_use_jdk25() {
  local d
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*-2[6-9]*; do
    [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
    node4j_release_major "$d"
    [ -n "$node4j_major" ] || node4j_major="$(node4j_java_major "$d")"
    if [ -n "$node4j_major" ] && [ "$node4j_major" -ge 25 ]; then
      export JAVA_HOME="$d" PATH="$d/bin:$PATH"
      return 0
    fi
  done
  echo "${0##*/}: needs JDK 25 or newer: set JAVA_HOME to one (none in \$JAVA_HOME or /usr/lib/jvm/*25*)" >&2
  exit 2
}
node4j_use_jdk25
