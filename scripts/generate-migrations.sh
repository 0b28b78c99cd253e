#!/usr/bin/env bash
# Regenerates each module's SQL migrations from its drizzle schema (drizzle-kit diffs against the
# snapshots committed in <module>/migrations/meta). CI runs this and fails on any diff.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/../packages/server"
gen() { # name schema out
  npx drizzle-kit generate --dialect postgresql --schema "$2" --out "$3" --name "$1" >/dev/null
}
gen platform src/platform/schema.ts src/platform/migrations
for schema in src/modules/*/schema.ts; do
  dir=$(dirname "$schema")
  gen "$(basename "$dir")" "$schema" "$dir/migrations"
done
