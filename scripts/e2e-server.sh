#!/usr/bin/env bash
# The server Playwright tests against: the production build on a migrated database.
# With DATABASE_URL, that Postgres (migrated here); otherwise a fresh embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DATABASE_URL:-}" ]; then
  npx tsx scripts/migrate-database.mts
  npx tsx prisma/seed.mts
else
  export INNERVIEW_DATA_DIR="${INNERVIEW_DATA_DIR:-.data/e2e}"
  rm -rf "$INNERVIEW_DATA_DIR"
  npx tsx scripts/prepare-database.mts
fi
exec node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "${PORT:-3100}"
