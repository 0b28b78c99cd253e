#!/usr/bin/env bash
# Generated files are committed; regenerating them must change nothing (as Fastify's
# test:validator:integrity). Fails with the list when someone changed a schema without regenerating.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/generate-migrations.sh
node --import tsx scripts/generate-openapi.ts
dirty=$(git status --porcelain -- 'packages/server/src/**/migrations/**' 'packages/server/src/platform/migrations' packages/sdk/src docs/openapi.json)
if [ -n "$dirty" ]; then
  echo "$dirty" >&2
  git --no-pager diff --stat >&2 || true
  echo "Generated files are out of date: run 'npm run generate' and commit the result." >&2
  exit 1
fi
echo "generated files are up to date"
