#!/usr/bin/env bash
# Adds a migration for both providers: scripts/new-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/new-migration.sh NAME}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Cascade.Data --context SqliteCascadeDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Cascade.Data --context PostgresCascadeDbContext --output-dir Migrations/Postgres
rm -f src/Cascade.Data/design.db
