#!/usr/bin/env bash
# Adds the same-named migration for both database providers. Usage: tools/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: tools/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "src/Database/Verbind.Migrations.$provider" \
    --startup-project "src/Database/Verbind.Migrations.$provider" \
    --output-dir Migrations
done
