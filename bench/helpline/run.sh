#!/usr/bin/env bash
# Helpline chat load: simulated parents and counsellors against Verbind (Release), beside a bare relay hub
# (the floor). Each part starts from an empty database and prints one result line and one usage line.
# Usage: bench/helpline/run.sh [conversations=200] [seconds=60] [interval=5] [parts="sqlite relay pair"]
#   sqlite    one instance on SQLite (the embedded default)
#   postgres  one instance on PostgreSQL
#   pair      two instances on PostgreSQL sharing a real redis-server: parents on one, counsellors on the other
#   relay     a SignalR hub that only relays within a pair (no storage, no checks)
# PostgreSQL parts need HELPLINE_BENCH_POSTGRES (or VERBIND_TEST_POSTGRES): a server connection string whose
# user may create databases; each run creates and drops its own database. HELPLINE_BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
conversations=${1:-200}
seconds=${2:-60}
interval=${3:-5}
parts=${4:-sqlite relay pair}
# One counsellor per conversation, as the issue counts (2,000 conversations = 4,000 connections);
# HELPLINE_BENCH_COUNSELLORS=400 gives each counsellor five chats on one connection.
counsellors=${HELPLINE_BENCH_COUNSELLORS:-$conversations}
postgres=${HELPLINE_BENCH_POSTGRES:-${VERBIND_TEST_POSTGRES:-}}
work=$(mktemp -d)
pids=()
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done; pids=(); }
trap 'stop_all; rm -rf "$work"' EXIT
# 4,000 WebSockets on each side of the loopback, plus the database's.
ulimit -n "$(ulimit -Hn)"

if [[ -z "${HELPLINE_BENCH_NO_BUILD:-}" ]]; then
  dotnet build bench/helpline/Verbind.Bench.Helpline -c Release -nologo -clp:ErrorsOnly >/dev/null
  dotnet build src/Verbind.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
fi
bench="dotnet bench/helpline/Verbind.Bench.Helpline/bin/Release/net10.0/Verbind.Bench.Helpline.dll"
web=$PWD/src/Verbind.Web/bin/Release/net10.0/Verbind.Web.dll
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { for _ in $(seq 600); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1" >&2; return 1; }

# start_app <log name> <provider> <connection string> [redis] -> url in $url, pid appended to $pids
start_app() {
  local port; port=$(free_port)
  (cd src/Verbind.Web && ASPNETCORE_ENVIRONMENT=Production Database__Provider="$2" Database__ConnectionString="$3" \
    Database__SeedDemoData=false Helpline__Redis="${4:-}" \
    Helpline__StartsPerAddressPerTenMinutes=10000 Helpline__StartsPerHelplinePerMinute=100000 \
    Logging__LogLevel__Default=Warning \
    exec dotnet "$web" --urls "http://127.0.0.1:$port" >"$work/$1.log" 2>&1) &
  pids+=($!)
  url="http://127.0.0.1:$port"
  wait_for "$url/health"
}

load() { HELPLINE_BENCH_SERVER_PIDS=$(IFS=,; echo "${pids[*]}") $bench load "$@" "$conversations" "$seconds" "$interval" "$counsellors"; }

postgres_database() {
  [[ -n "$postgres" ]] || { echo "set HELPLINE_BENCH_POSTGRES for the PostgreSQL parts" >&2; exit 2; }
  echo "$postgres;Database=bench_helpline_$$_$1" | sed 's/;Database=[^;]*;/;/'
}

drop_postgres_database() {
  local name="bench_helpline_$$_$1"
  python3 - "$postgres" "$name" <<'EOF' || true
import subprocess, sys
fields = dict(f.split("=", 1) for f in sys.argv[1].split(";") if "=" in f)
subprocess.run(["psql", "-q", "-h", fields.get("Host", "localhost"), "-p", fields.get("Port", "5432"),
                "-U", fields.get("Username", "postgres"), "-d", fields.get("Database", "postgres"),
                "-c", f'DROP DATABASE IF EXISTS "{sys.argv[2]}" WITH (FORCE)'], check=False)
EOF
}

for part in $parts; do
  echo "== $part: $conversations conversations, $seconds s, a message every $interval s per side"
  case $part in
    sqlite)
      $bench seed Sqlite "Data Source=$work/verbind.db" "$counsellors"
      start_app app Sqlite "Data Source=$work/verbind.db"
      load verbind "$url"
      stop_all; rm -f "$work"/verbind.db*
      ;;
    postgres)
      db=$(postgres_database one)
      $bench seed Postgres "$db" "$counsellors"
      start_app app Postgres "$db"
      load verbind "$url"
      stop_all; drop_postgres_database one
      ;;
    pair)
      command -v redis-server >/dev/null || { echo "the pair part needs redis-server (apt-get install redis-server; ./test.sh installs it too)" >&2; exit 2; }
      # Two pools of Npgsql's default 100 would pass PostgreSQL's default max_connections of 100.
      db="$(postgres_database pair);Maximum Pool Size=45"
      redis_port=$(free_port)
      redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
      pids+=($!)
      $bench seed Postgres "$db" "$counsellors"
      start_app parents Postgres "$db" "127.0.0.1:$redis_port"
      parents=$url
      start_app counsellors Postgres "$db" "127.0.0.1:$redis_port"
      load verbind "$parents,$url"
      stop_all; drop_postgres_database pair
      ;;
    relay)
      port=$(free_port)
      $bench relay "$port" &
      pids+=($!)
      wait_for "http://127.0.0.1:$port/"
      load relay "http://127.0.0.1:$port"
      ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
  stop_all
done
