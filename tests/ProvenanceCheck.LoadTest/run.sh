#!/usr/bin/env bash
# Load benchmark: 'provcheck serve' (Release) on loopback, 32 clients POSTing the seed HTML page.
# Usage: tests/ProvenanceCheck.LoadTest/run.sh [clients=32] [seconds=15] [page=../shared/corpus/seed/article.html]
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-32}
seconds=${2:-15}
page=${3:-../shared/corpus/seed/article.html}
port=${PORT:-5099}

dotnet build -c Release src/ProvenanceCheck.Cli -v q -nologo >/dev/null
dotnet build -c Release tests/ProvenanceCheck.LoadTest -v q -nologo >/dev/null

log=$(mktemp)
dotnet src/ProvenanceCheck.Cli/bin/Release/net10.0/provcheck.dll serve --urls "http://127.0.0.1:$port" ${SERVE_ARGS:-} >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(cpu_ticks)
out=$(dotnet tests/ProvenanceCheck.LoadTest/bin/Release/net10.0/ProvenanceCheck.LoadTest.dll "http://127.0.0.1:$port/v1/check" "$page" "$clients" "$seconds")
after=$(cpu_ticks)
echo "$out" | grep -v '^total-requests'
total=$(echo "$out" | awk '/^total-requests/ {print $2}')
# Server CPU per request does not depend on how busy the machine is, unlike the wall-clock figures above.
awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$total" 'BEGIN { ms = t * 1000 / hz / n; printf "server CPU %.3f ms per request (%d requests): at most %.0f requests/s per core\n", ms, n, 1000 / ms }'
echo "server log lines: $(wc -l <"$log")"
