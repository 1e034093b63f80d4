#!/usr/bin/env bash
# Runs every ContactHub test on a fresh machine: installs what the tests need when it is missing
# (Debian's redis-server, postgresql and chromium, the Node test packages), builds, then runs the .NET and Node suites.
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || exit 1
fi

# A throwaway PostgreSQL cluster on a free loopback port for the records tests (postgres refuses to run as root).
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_data=$(mktemp -d /tmp/contacthub-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg=(); [ "$(id -u)" -eq 0 ] && { chown postgres "$pg_data"; as_pg=(runuser -u postgres --); }
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null || exit 1
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
  -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || exit 1
trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_data"' EXIT
export CONTACTHUB_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || exit 1
dotnet build ContactHub.sln -nologo -v q -clp:ErrorsOnly || exit 1

log=$(mktemp)
status=0
dotnet test ContactHub.sln --no-build -nologo 2>&1 | tee "$log" || status=1
node --test --test-reporter=tap tests/e2e/ 2>&1 | tee -a "$log" || status=1

sum() { grep -Eo "$1" "$log" | grep -Eo '[0-9]+$' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(( $(sum 'Passed: +[0-9]+') + $(sum '^# pass [0-9]+') ))
failed=$(( $(sum 'Failed: +[0-9]+') + $(sum '^# fail [0-9]+') ))
rm -f "$log"
echo "tests: $passed passed, $failed failed"
exit $status
