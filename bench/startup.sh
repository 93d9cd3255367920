#!/usr/bin/env bash
# Measures what a newcomer sees after "dotnet run --project src/Verbind.Web" on a fresh clone:
# seconds from start to the first page served (build excluded: it builds first), and the app's idle
# memory (resident set) 15 s after that. Runs a first start (empty database: migrations + demo data)
# and a second start (existing database). Usage: bench/startup.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dotnet build src/Verbind.Web -nologo -clp:ErrorsOnly >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

measure() { # $1 = data folder; prints "seconds rss_mb"
  local start pid ms rss child
  start=$(date +%s.%N)
  Database__ConnectionString="Data Source=$1/verbind.db" Mail__PickupDirectory="$1/mail" Logging__Format=simple \
    dotnet run --project src/Verbind.Web --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >"$1/log.txt" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
  ms=$(python3 -c "import time; print(round(time.time()-$start,2))")
  sleep 15
  child=$(pgrep -f "Verbind.Web.dll|bin/Debug/net10.0/Verbind.Web" | grep -v "^$pid$" | head -n 1 || true)
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/${child:-$pid}/status")
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

printf '%-14s %-22s %-18s\n' run "first page (s)" "idle RSS (MB)"
for i in $(seq "$runs"); do
  data=$(mktemp -d)
  read -r s1 m1 < <(measure "$data")
  printf '%-14s %-22s %-18s\n' "fresh #$i" "$s1" "$m1"
  read -r s2 m2 < <(measure "$data")
  printf '%-14s %-22s %-18s\n' "restart #$i" "$s2" "$m2"
  rm -rf "$data"
done
