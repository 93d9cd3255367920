#!/usr/bin/env bash
# Helpline chat load: simulated parents and counsellors against Verbind (Release, SQLite), then the same
# against a bare relay hub (the floor). Prints both result lines and the server's resident memory.
# Usage: bench/helpline/run.sh [conversations=200] [seconds=60] [interval=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
conversations=${1:-200}
seconds=${2:-60}
interval=${3:-5}
data=$(mktemp -d)
trap 'kill $app $relay 2>/dev/null || true; rm -rf "$data"' EXIT
dotnet build bench/helpline/Verbind.Bench.Helpline -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build src/Verbind.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
bench=bench/helpline/Verbind.Bench.Helpline/bin/Release/net10.0/Verbind.Bench.Helpline.dll
dotnet $bench seed "Data Source=$data/verbind.db" $(( (conversations + 4) / 5 ))
free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
rss() { awk '/VmRSS/ {printf "%.0f MB\n", $2/1024}' /proc/$1/status; }

port=$(free)
ASPNETCORE_ENVIRONMENT=Production Database__ConnectionString="Data Source=$data/verbind.db" Database__SeedDemoData=false \
  Helpline__StartsPerAddressPerTenMinutes=10000 Helpline__StartsPerHelplinePerMinute=100000 Logging__LogLevel__Default=Warning \
  dotnet src/Verbind.Web/bin/Release/net10.0/Verbind.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; done
dotnet $bench load verbind "http://127.0.0.1:$port" "$conversations" "$seconds" "$interval"
echo "Verbind server RSS: $(rss $app)"
kill $app

rport=$(free)
dotnet $bench relay "$rport" &
relay=$!
until curl -s -o /dev/null "http://127.0.0.1:$rport/"; do sleep 0.2; done
dotnet $bench load relay "http://127.0.0.1:$rport" "$conversations" "$seconds" "$interval"
echo "Relay server RSS: $(rss $relay)"
