#!/usr/bin/env bash
# Runs every ContactHub test on a fresh machine: installs what the tests need when it is missing
# (Debian's redis-server and chromium, the Node test packages), builds, then runs the .NET and Node suites.
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || exit 1
fi

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
