#!/usr/bin/env bash
# Agreements figure on a real server: a declaration with N parties (default 40) signed by all of them
# at the same moment, against a Release build of Verbind on Kestrel (real HTTP on loopback), on SQLite
# and on PostgreSQL. Per round every signer opens their page first, then all POST "sign" at once; the
# first W rounds warm the server up to its steady state (JIT tiering; a real server runs for days) and are
# not summed; the others are, with the CPU spent per signing by the server, its database backends and the client. Afterwards every declaration
# must have exactly N signatures, one per signer, with the document's hash (no lost, no double).
# PostgreSQL: set VERBIND_BENCH_POSTGRES (or VERBIND_TEST_POSTGRES) to a server's connection string;
# a throwaway database is made and dropped. Run it under `flock /tmp/verbind-bench.lock`.
# Usage: bench/agreements/run.sh [parties=40] [rounds=80] [warm-up rounds=40] [providers="Sqlite Postgres"]
# Then the PDF figure: a ten-page declaration with 40 signers rendered 50 times (target under 500 ms).
set -euo pipefail
cd "$(dirname "$0")/../.."
parties=${1:-40}
rounds=${2:-80}
warmup=${3:-40}
providers=${4:-"Sqlite Postgres"}
data=$(mktemp -d)
app=
trap '[ -n "$app" ] && kill $app 2>/dev/null; rm -rf "$data"' EXIT
dotnet build bench/agreements/Verbind.Bench.Agreements -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/Verbind.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
bench="dotnet bench/agreements/Verbind.Bench.Agreements/bin/Release/net10.0/Verbind.Bench.Agreements.dll"
free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

for provider in $providers; do
  if [ "$provider" = Postgres ]; then
    server=${VERBIND_BENCH_POSTGRES:-${VERBIND_TEST_POSTGRES:?set VERBIND_BENCH_POSTGRES to a PostgreSQL connection string}}
    database="verbind_bench_agreements_$$"
    connection=$(sed -E 's/(^|;)Database=[^;]*//I; s/^;//' <<<"${server%;}")";Database=$database"
  else
    connection="Data Source=$data/verbind.db"
    database=
  fi
  echo "== $provider: $parties parties, $rounds rounds"
  $bench seed "$provider" "$connection" "$parties" "$rounds" "$data/tokens.txt"
  port=$(free)
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=$provider Database__ConnectionString="$connection" Database__SeedDemoData=false \
    Agreements__ReminderIntervalMinutes=0 Logging__LogLevel__Default=Warning \
    dotnet src/Verbind.Web/bin/Release/net10.0/Verbind.Web.dll --urls "http://127.0.0.1:$port" >"$data/app-$provider.log" 2>&1 &
  app=$!
  for _ in $(seq 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; kill -0 $app 2>/dev/null || break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" || { echo "!! Verbind did not start:"; tail -20 "$data/app-$provider.log"; exit 1; }
  $bench sign "http://127.0.0.1:$port" "$data/tokens.txt" "$warmup" "$app" "${database:-}" || echo "!! some signings failed (see $data/app-$provider.log)"
  kill $app; wait $app 2>/dev/null || true; app=
  $bench check "$provider" "$connection" "$parties" 
  if [ "$provider" = Postgres ]; then
    psql "$(sed -E 's/Host=([^;]*)/host=\1/I; s/Port=([^;]*)/port=\1/I; s/Username=([^;]*)/user=\1/I; s/Database=[^;]*;?//I; s/;/ /g' <<<"${server%;}") dbname=postgres" -qc "DROP DATABASE IF EXISTS $database" >/dev/null || true
  fi
done
$bench pdf 50
