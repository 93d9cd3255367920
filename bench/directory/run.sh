#!/usr/bin/env bash
# Benchmark of the public search and the HSDS API (issue 4): a generated national data set, Release build, wrk with
# a different search on each request (bench/directory/search-words.lua), at 1,000 / 10,000 / 100,000 services, on
# SQLite and (with VERBIND_BENCH_POSTGRES) on PostgreSQL; side by side with the floor (the same search as one
# hand-written SQL query, floor.py); the HSDS search, the NDJSON export of everything (time and the server's memory
# while it streams) and the page weight with its stylesheets.
# Usage: bench/directory/run.sh [seconds=20] [connections=32] [sizes="1000 10000 100000"] [providers="sqlite postgres"]
# VERBIND_BENCH_POSTGRES="host=... port=... user=postgres": a server where the script may create a database.
# Run it inside `flock /tmp/verbind-bench.lock` on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-32}
sizes=${3:-"1000 10000 100000"}
providers=${4:-"sqlite postgres"}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
data=$(mktemp -d)
app=0
dbname=""
cleanup() {
  [ "$app" != 0 ] && kill "$app" 2>/dev/null || true
  [ -n "$dbname" ] && psql "$VERBIND_BENCH_POSTGRES dbname=postgres" -q -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
# VERBIND_BENCH_WEB=path/to/Verbind.Web.dll measures another build (e.g. an earlier commit's) with this script.
# The published app, as a server runs it: only `dotnet publish` output serves the modules' stylesheets in Production.
web=${VERBIND_BENCH_WEB:-$data/publish/Verbind.Web.dll}
[ -n "${VERBIND_BENCH_WEB:-}" ] || dotnet publish src/Verbind.Web -c Release -o "$data/publish" -nologo -clp:ErrorsOnly >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(uptime)"

run_app() { # provider connection-string log
  env ASPNETCORE_ENVIRONMENT=Production Database__Provider="$1" Database__ConnectionString="$2" Database__SeedDemoData=false \
    Logging__LogLevel__Default=Warning "Logging__LogLevel__Verbind.ServiceDirectory.Features.Search=Information" \
    dotnet "$web" --urls "$base" --contentRoot "$(dirname "$web")" >"$3" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/health"; do sleep 0.2; done
}

stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=0; }

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$app/status"; }

measure() {
  echo "  RSS after start: $(rss)"
  echo "  GET /aanbod?q=<word>[&gemeente=<place>&afstand=<km>][&leeftijd=..][&gratis=1], $connections connections, ${seconds}s:"
  echo "   every request searched and rendered (a new address each time, so the page cache never answers):"
  VERBIND_BENCH_UNIQUE=1 wrk -t 2 -c "$connections" -d 10s -s bench/directory/search-words.lua "$base" >/dev/null
  VERBIND_BENCH_UNIQUE=1 wrk -t 2 -c "$connections" -d "${seconds}s" -s bench/directory/search-words.lua "$base" | grep -E "^  (Requests/sec|Non-2xx|(50|90|95|99)% in)"
  echo "   as parents ask (the same mix of about 7,000 addresses, with the page cache; 30 s warm-up):"
  wrk -t 2 -c "$connections" -d 30s -s bench/directory/search-words.lua "$base" >/dev/null
  wrk -t 2 -c "$connections" -d "${seconds}s" -s bench/directory/search-words.lua "$base" | grep -E "^  (Requests/sec|Non-2xx|(50|90|95|99)% in)"
  echo "  GET /hsds/services?search=<word>, $connections connections, ${seconds}s:"
  echo "   every request searched (new addresses):"
  VERBIND_BENCH_HSDS=1 VERBIND_BENCH_UNIQUE=1 wrk -t 2 -c "$connections" -d 5s -s bench/directory/search-words.lua "$base" >/dev/null
  VERBIND_BENCH_HSDS=1 VERBIND_BENCH_UNIQUE=1 wrk -t 2 -c "$connections" -d "${seconds}s" -s bench/directory/search-words.lua "$base" | grep -E "^  (Requests/sec|Non-2xx|(50|90|95|99)% in)"
  echo "   with the page cache (25 addresses):"
  VERBIND_BENCH_HSDS=1 wrk -t 2 -c "$connections" -d 5s -s bench/directory/search-words.lua "$base" >/dev/null
  VERBIND_BENCH_HSDS=1 wrk -t 2 -c "$connections" -d "${seconds}s" -s bench/directory/search-words.lua "$base" | grep -E "^  (Requests/sec|Non-2xx|(50|90|95|99)% in)"
  echo "  RSS after load: $(rss)"
}

ndjson() { # every active service as NDJSON: time, lines, and the server's memory before, at its peak during, after
  local before peak=0 sampler
  before=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
  ( while kill -0 "$app" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$app/status"; sleep 0.1; done ) >"$data/rss.log" &
  sampler=$!
  local started ended lines
  started=$(date +%s.%N)
  lines=$(curl -s "$base/hsds/services?format=ndjson" | wc -l)
  ended=$(date +%s.%N)
  kill "$sampler" 2>/dev/null || true
  peak=$(sort -n "$data/rss.log" | tail -1)
  echo "  ndjson: $lines services in $(python3 -c "print(round($ended - $started, 2))") s; RSS before $((before / 1024)) MB, peak during $((peak / 1024)) MB, after $(rss)"
}

page_weight() {
  local page="$base/aanbod?q=babymassage&gemeente=Leuven&afstand=25" html css=0 scripts
  html=$(curl -s "$page" | gzip -9 | wc -c)
  for sheet in $(curl -s "$page" | grep -o '<link[^>]*rel="stylesheet"[^>]*>' | grep -o 'href="[^"]*"' | sed 's/href="//; s/"$//; s/&amp;/&/g'); do
    css=$((css + $(curl -s "$base/${sheet#/}" | gzip -9 | wc -c)))
  done
  scripts=$(curl -s "$page" | grep -c '<script' || true)
  echo "  Page weight (gzip -9): HTML $html bytes + CSS $css bytes = $((html + css)) bytes; <script> elements on the page: $scripts"
}

for provider in $providers; do
  if [ "$provider" = postgres ] && [ -z "${VERBIND_BENCH_POSTGRES:-}" ]; then
    echo; echo "== PostgreSQL skipped: VERBIND_BENCH_POSTGRES is not set"; continue
  fi
  for size in $sizes; do
    echo
    if [ "$provider" = sqlite ]; then
      echo "== SQLite, $size services ($(cut -d' ' -f1-3 /proc/loadavg) load before)"
      db="$data/s$size.db"; name=Sqlite; cs="Data Source=$db"
    else
      echo "== PostgreSQL, $size services ($(cut -d' ' -f1-3 /proc/loadavg) load before)"
      dbname="verbind_bench_$$_$size"
      psql "$VERBIND_BENCH_POSTGRES dbname=postgres" -q -c "CREATE DATABASE $dbname"
      name=Postgres
      cs=$(python3 -c "import sys; p=dict(x.split('=') for x in sys.argv[1].split()); print(f\"Host={p['host']};Port={p['port']};Username={p['user']};Database=$dbname\")" "$VERBIND_BENCH_POSTGRES")
    fi
    run_app "$name" "$cs" "$data/migrate.log"; stop_app
    if [ "$provider" = sqlite ]; then
      python3 bench/directory/generate.py sqlite "$db" "$size"
    else
      python3 bench/directory/generate.py postgres "$VERBIND_BENCH_POSTGRES dbname=$dbname" "$size"
      psql "$VERBIND_BENCH_POSTGRES dbname=$dbname" -q -c "ANALYZE"
    fi
    run_app "$name" "$cs" "$data/app.log"
    for _ in $(seq 1 1200); do grep -q "Search index built" "$data/app.log" && break; sleep 0.5; done
    echo "  $(grep -o 'Search index built with [0-9][^"]*' "$data/app.log" | head -1)"
    measure
    if [ "$provider" = sqlite ]; then
      python3 bench/directory/floor.py sqlite "$db"
    else
      python3 bench/directory/floor.py postgres "$VERBIND_BENCH_POSTGRES dbname=$dbname"
    fi
    ndjson
    page_weight
    stop_app
    if [ "$provider" = postgres ]; then
      psql "$VERBIND_BENCH_POSTGRES dbname=postgres" -q -c "DROP DATABASE $dbname WITH (FORCE)"; dbname=""
    else
      rm -f "$db"*
    fi
    echo "  load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
