#!/usr/bin/env bash
# Runs every test of Verbind: unit, integration on SQLite and PostgreSQL, browser (Chromium) and
# architecture tests. Installs what it needs, starts a throwaway PostgreSQL on a free loopback port,
# and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/.test-output"
rm -rf "$out" && mkdir -p "$out"

log() { printf '\n== %s\n' "$*"; }

# 1. What the tests need from Debian: PostgreSQL, Chromium, a real SMTP listener, fonts for screenshots,
#    redis-server (the helpline's SignalR backplane test starts its own).
need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
[ -x /usr/bin/redis-server ] || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

# 2. Build once; the test runs below reuse it.
log "Building"
dotnet tool restore >/dev/null
dotnet build Verbind.slnx -c Debug -nologo -clp:ErrorsOnly

# 3. A throwaway PostgreSQL cluster on a free loopback port, removed on exit.
pgdata=$(mktemp -d /tmp/verbind-pg-XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pgdata"
  as_pg=(runuser -u postgres --)
fi
stop_pg() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap stop_pg EXIT
log "Starting PostgreSQL on 127.0.0.1:$pgport"
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdata/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w start \
  -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
export VERBIND_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

# 4. Every test project, one after the other (2 cores: parallel projects only fight for them).
log "Testing"
status=0
dotnet test --solution Verbind.slnx --no-build --no-progress --report-xunit-trx --results-directory "$out" || status=$?

# 5. One line with the totals from the TRX files.
python3 - "$out" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0)) + int(counters.get("notRunnable", 0)) + int(counters.get("inconclusive", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ]
