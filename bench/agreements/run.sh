#!/usr/bin/env bash
# Agreements figures: 40 parties signing one declaration at the same moment (no lost or double
# signature; p95 of the signing requests under 100 ms) and the PDF of a ten-page declaration (under
# 500 ms), on SQLite and PostgreSQL. Runs the ConcurrentSigningTests with VERBIND_BENCH=1, which holds
# the figures to those targets and prints them ("BENCH ..." lines). Needs VERBIND_TEST_POSTGRES, as
# ./test.sh sets it (or run this from a shell where a throwaway cluster is up).
# Usage: bench/agreements/run.sh   (after dotnet build Verbind.slnx)
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${VERBIND_TEST_POSTGRES:?start a throwaway PostgreSQL as test.sh does and export VERBIND_TEST_POSTGRES}"
for round in 1 2 3; do
  echo "== round $round"
  VERBIND_BENCH=1 tests/Verbind.Agreements.Tests/bin/Debug/net10.0/Verbind.Agreements.Tests \
    --filter-class "*ConcurrentSigningTests*" --no-ansi --progress off --output Detailed 2>&1 | grep -E "BENCH|failed|Passed|Failed" || true
done
