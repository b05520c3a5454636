#!/usr/bin/env bash
# Load benchmark: 'provcheck serve' (Release) on loopback, 32 clients POSTing the seed HTML page.
# Usage: tests/ProvenanceCheck.LoadTest/run.sh [clients=32] [seconds=15] [page=../shared/corpus/seed/article.html]
# WARMUP=S (default 3) seconds of load before the measured run; SERVE_ARGS adds options to 'provcheck serve'.
# The machine's load average is printed before and after: CPU per request rises when other processes share the cores.
# The clients are wrk (Debian package 'wrk') when it is installed, else the .NET generator in this folder.
# wrk is the fairer measure on a small machine: the clients share its cores with the service, and wrk
# spends a fraction of the CPU per request that HttpClient does. LOAD_CLIENT=dotnet forces the .NET one.
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-32}
seconds=${2:-15}
page=${3:-../shared/corpus/seed/article.html}
port=${PORT:-5099}

dotnet build -c Release src/ProvenanceCheck.Cli -v q -nologo >/dev/null
client=${LOAD_CLIENT:-$(command -v wrk >/dev/null && echo wrk || echo dotnet)}
[ "$client" = dotnet ] && dotnet build -c Release tests/ProvenanceCheck.LoadTest -v q -nologo >/dev/null

log=$(mktemp)
dotnet src/ProvenanceCheck.Cli/bin/Release/net10.0/provcheck.dll serve --urls "http://127.0.0.1:$port" ${SERVE_ARGS:-} >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
if [ "$client" = wrk ]; then
  export PAGE="$page"
  script=tests/ProvenanceCheck.LoadTest/post-page.lua
  wrk -t1 -c"$clients" -d"${WARMUP:-3}s" -s "$script" "http://127.0.0.1:$port/v1/check" >/dev/null
  before=$(cpu_ticks)
  raw=$(wrk -t1 -c"$clients" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port/v1/check")
  after=$(cpu_ticks)
  echo "client wrk, clients $clients, ${seconds} s, body $(wc -c <"$page") bytes, $(nproc) cores (after ${WARMUP:-3} s of warm-up)"
  echo "$raw" | grep -E 'requests in|Non-2xx|Socket errors' || true
  echo "$raw" | awk '/Requests\/sec/ {printf "throughput %.0f requests/s\n", $2}'
  echo "$raw" | awk '$1 ~ /^(50|90|99)%$/ {v[$1] = $2} END {printf "latency: p50 %s  p90 %s  p99 %s\n", v["50%"], v["90%"], v["99%"]}'
  out="total-requests $(echo "$raw" | awk '/requests in/ {print $1}')"
else
  before=$(cpu_ticks)
  out=$(dotnet tests/ProvenanceCheck.LoadTest/bin/Release/net10.0/ProvenanceCheck.LoadTest.dll "http://127.0.0.1:$port/v1/check" "$page" "$clients" "$seconds")
  after=$(cpu_ticks)
  echo "$out" | grep -v '^total-requests'
fi
total=$(echo "$out" | awk '/^total-requests/ {print $2}')
# Server CPU per request depends far less on how busy the machine is than the wall-clock figures above, but it does rise with the load average.
awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$total" 'BEGIN { ms = t * 1000 / hz / n; printf "server CPU %.3f ms per request (%d requests): at most %.0f requests/s per core\n", ms, n, 1000 / ms }'
echo "server log lines: $(wc -l <"$log")"
grep -m1 'Engine warmed up' "$log" | sed 's/^.*\] /start-up: /' || true
echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
