#!/usr/bin/env bash
# Audit benchmark: N real-size pages made by repeating the dev corpus pages (../shared/corpus/pages/*/source.html),
# audited with all cores into a fresh store, then audited again with nothing changed.
# Prints articles/s, wall time and peak resident memory (GNU time) for both runs.
# Usage: benchmarks/audit-benchmark.sh [N=2000] [JOBS=core count]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
jobs=${2:-$(nproc)}
corpus=../shared/corpus/pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/ProvenanceCheck.Cli -c Release --nologo -v q >/dev/null
cli=src/ProvenanceCheck.Cli/bin/Release/net10.0/provcheck.dll

mapfile -t pages < <(ls "$corpus"/*/source.html | sort)
mkdir -p "$work/pages"
for ((i = 0; i < count; i++)); do
  page=${pages[$((i % ${#pages[@]}))]}
  # A unique comment per copy gives every article its own content hash, as in a real archive.
  { cat "$page"; printf '\n<!-- copy %d -->\n' "$i"; } > "$work/pages/page-$(printf '%05d' "$i").html"
done
bytes=$(du -sb "$work/pages" | cut -f1)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: $count ($((bytes / 1024 / 1024)) MB of HTML from ${#pages[@]} corpus pages), jobs: $jobs, cores: $(nproc)"

run() {
  local label=$1
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" dotnet "$cli" audit "$work/pages" --db "$work/bench.db" --jobs "$jobs" --quiet
  read -r seconds kb user sys < "$work/time"
  awk -v l="$label" -v n="$count" -v s="$seconds" -v kb="$kb" -v cpu="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" \
    'BEGIN { printf "%-10s %8.2f s wall  %8.1f articles/s  %7.1f ms CPU/article  peak RSS %5.0f MB\n", l, s, n / s, 1000 * cpu / n, kb / 1024 }'
  echo "$seconds" > "$work/$label.s"
}

run first
run unchanged
awk -v a="$(cat "$work/first.s")" -v b="$(cat "$work/unchanged.s")" 'BEGIN { printf "unchanged re-run is %.1fx faster\n", a / b }'
dotnet "$cli" report "$work/bench.db" | head -1
