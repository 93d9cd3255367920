#!/usr/bin/env bash
# Benchmark of the public search (issue 4): a generated national data set on SQLite, Release build, wrk with
# a different search on each request (bench/directory/search-words.lua), at 1,000 / 10,000 / 100,000 services,
# side by side with the floor (the same search as one hand-written SQL query, floor.py), and the page weight.
# Usage: bench/directory/run.sh [seconds=20] [connections=32] [sizes="1000 10000 100000"]
# With VERBIND_BENCH_POSTGRES="host=... port=... user=postgres" the 100,000 run is repeated on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-32}
sizes=${3:-"1000 10000 100000"}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
data=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
dotnet build src/Verbind.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
web=src/Verbind.Web/bin/Release/net10.0/Verbind.Web.dll
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
app=0

start() { # provider connection-string
  env ASPNETCORE_ENVIRONMENT=Production Database__Provider="$1" Database__ConnectionString="$2" Database__SeedDemoData=false \
    Logging__LogLevel__Default=Warning "Logging__LogLevel__Verbind.ServiceDirectory.Features.Search=Information" \
    dotnet "$web" --urls "$base" >"$data/app.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/health"; do sleep 0.2; done
  for _ in $(seq 1 1200); do grep -q "Search index built" "$data/app.log" && break; sleep 0.5; done
  grep -o 'Search index built[^"]*' "$data/app.log"
}

measure() {
  echo "  RSS after start: $(ps -o rss= -p $app | awk '{printf "%.0f MB", $1/1024}')"
  wrk -t 2 -c "$connections" -d 10s -s bench/directory/search-words.lua "$base" >/dev/null
  echo "  GET /aanbod?q=<word>[&gemeente=<place>&afstand=<km>][&leeftijd=..][&gratis=1], $connections connections, ${seconds}s:"
  wrk -t 2 -c "$connections" -d "${seconds}s" -s bench/directory/search-words.lua "$base" | grep -E "^  (Requests/sec|Non-2xx|(50|90|95|99)% in)"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base/hsds/services?search=babymassage")
  if [ "$status" = 200 ]; then
    echo "  GET /hsds/services?search=babymassage, $connections connections, ${seconds}s:"
    wrk -t 2 -c "$connections" -d "${seconds}s" --latency "$base/hsds/services?search=babymassage" | grep -E "^ +(50|90|99)%|Requests/sec"
  else
    echo "  /hsds/services not available on this build (status $status): HSDS line skipped"
  fi
  echo "  RSS after load: $(ps -o rss= -p $app | awk '{printf "%.0f MB", $1/1024}')"
}

for size in $sizes; do
  echo
  echo "== SQLite, $size services"
  db="$data/s$size.db"
  ASPNETCORE_ENVIRONMENT=Production Database__ConnectionString="Data Source=$db" Database__SeedDemoData=false \
    dotnet "$web" --urls "$base" >"$data/migrate.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/health"; do sleep 0.2; done
  kill $app; wait $app 2>/dev/null || true
  python3 bench/directory/generate.py sqlite "$db" "$size"
  start Sqlite "Data Source=$db"
  measure
  python3 bench/directory/floor.py "$db"
  if [ "$size" = "$(echo $sizes | awk '{print $NF}')" ]; then
    page="$base/aanbod?q=babymassage&gemeente=Leuven&afstand=25"
    html=$(curl -s "$page" | gzip -9 | wc -c)
    css=0
    for sheet in $(curl -s "$page" | grep -o 'href="[^"]*\.css[^"]*"' | sed 's/href="//; s/"$//; s/&amp;/&/g'); do
      css=$((css + $(curl -s "$base/${sheet#/}" | gzip -9 | wc -c)))
    done
    echo "  Page weight (gzip -9): HTML $html bytes + CSS $css bytes = $((html + css)) bytes, no JS needed"
    # Ready for the HSDS streaming export (branch dir-hsds): all services as NDJSON, time and peak memory.
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/hsds/services?format=ndjson&per_page=1")" = 200 ]; then
      /usr/bin/time -f "  ndjson: %e s" curl -s -o /dev/null "$base/hsds/services?format=ndjson"
      echo "  RSS after ndjson: $(ps -o rss= -p $app | awk '{printf "%.0f MB", $1/1024}')"
    fi
  fi
  kill $app; wait $app 2>/dev/null || true
done

if [ -n "${VERBIND_BENCH_POSTGRES:-}" ]; then
  size=$(echo $sizes | awk '{print $NF}')
  echo
  echo "== PostgreSQL, $size services"
  dbname="verbind_bench_$$"
  psql "$VERBIND_BENCH_POSTGRES dbname=postgres" -q -c "CREATE DATABASE $dbname"
  cs=$(python3 -c "import sys; p=dict(x.split('=') for x in sys.argv[1].split()); print(f\"Host={p['host']};Port={p['port']};Username={p['user']};Database=$dbname\")" "$VERBIND_BENCH_POSTGRES")
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__ConnectionString="$cs" Database__SeedDemoData=false \
    dotnet "$web" --urls "$base" >"$data/migrate.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/health"; do sleep 0.2; done
  kill $app; wait $app 2>/dev/null || true
  python3 bench/directory/generate.py postgres "$VERBIND_BENCH_POSTGRES dbname=$dbname" "$size"
  start Postgres "$cs"
  measure
  kill $app; wait $app 2>/dev/null || true
  psql "$VERBIND_BENCH_POSTGRES dbname=postgres" -q -c "DROP DATABASE $dbname WITH (FORCE)"
fi
