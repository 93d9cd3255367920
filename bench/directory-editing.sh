#!/usr/bin/env bash
# Load benchmark of the Directory's editing pages on the demo data (Zonnedal, ~40 services): Release build
# on SQLite, signed in as the demo partner member, `hey` with 8 concurrent clients, 10 s per page after a
# 5 s warm-up. Prints hey's latency distribution per page.
# Usage: bench/directory-editing.sh [seconds=10] [concurrency=8] [warm-up seconds=5]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
concurrency=${2:-8}
warmup=${3:-5}
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }

data=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
dotnet build src/Verbind.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
ASPNETCORE_ENVIRONMENT=Production Database__ConnectionString="Data Source=$data/verbind.db" Database__SeedDemoData=true \
  Directory__StaleReminders__Enabled=false Logging__LogLevel__Default=Warning dotnet src/Verbind.Web/bin/Release/net10.0/Verbind.Web.dll \
  --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/health"; do sleep 0.2; done

jar="$data/cookies"
page=$(curl -s -c "$jar" "$base/account/login")
token=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null "$base/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=partner@demo.verbind.test" --data-urlencode "Input.Password=Verbind-demo-2026"
cookie=$(awk '$6 == "verbind.auth" {print $6"="$7}' "$jar")
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }

list="/netwerk/hvhk-zonnedal/aanbod"
record=$(curl -s -H "Cookie: $cookie" "$base$list" | grep -o 'href="/netwerk/hvhk-zonnedal/aanbod/[0-9a-f-]\{36\}"' | head -n 1 | sed 's/href="//; s/"$//')
for path in "$list" "$list?verouderd=1" "$record" "$list/locaties" "$list/gebied"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  echo
  echo "== GET $path (status $status), $concurrency concurrent, ${seconds}s"
  hey -z "${warmup}s" -c "$concurrency" -H "Cookie: $cookie" "$base$path" >/dev/null
  hey -z "${seconds}s" -c "$concurrency" -H "Cookie: $cookie" "$base$path" | grep -E "Requests/sec|Status code|\[2|\[4|\[5|  (50|95|99)% in"
done
