#!/usr/bin/env bash
# Audit benchmark: N real-size pages made by repeating the dev corpus pages (../shared/corpus/pages/*/source.html),
# audited with all cores into a fresh store, then audited again with nothing changed.
# Prints articles/s, wall time and peak resident memory (GNU time) for both runs.
# Usage: benchmarks/audit-benchmark.sh [N=2000] [JOBS=core count] [real|small]
#   PUBLISH=r2r measures a ReadyToRun publish (dotnet publish -r linux-x64 -p:PublishReadyToRun=true) instead of the build.
#   small: short invented articles (about 1.5 KB) instead of corpus pages, to measure the audit layer itself.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
jobs=${2:-$(nproc)}
kind=${3:-real}
corpus=../shared/corpus/pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${PUBLISH:-}" = r2r ]; then
  # A ReadyToRun publish, as an audit machine would install it: the code arrives compiled, so a short audit
  # does not spend its first seconds in the JIT.
  dotnet publish src/ProvenanceCheck.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/publish" --nologo -v q >/dev/null
  cli=$work/publish/provcheck.dll
  build_note="ReadyToRun publish"
else
  dotnet build src/ProvenanceCheck.Cli -c Release --nologo -v q >/dev/null
  cli=src/ProvenanceCheck.Cli/bin/Release/net10.0/provcheck.dll
  build_note="Release build"
fi

mkdir -p "$work/pages"
if [ "$kind" = small ]; then
  for ((i = 0; i < count; i++)); do
    cat > "$work/pages/page-$(printf '%05d' "$i").html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour plan $i</title><meta name="author" content="Staff writer $((i % 7))"></head>
<body><article><h1>Harbour plan $i</h1>
<p>The harbour board met on Monday to discuss plan $i for the north quay, its chair Ruth Alvarez said.</p>
<p>A person familiar with the talks said the cost had risen sharply since the spring.</p>
<p>At least $((i % 9 + 2)) people were injured when a crane failed at the quay last year.</p>
<p>The work is reportedly expected to start before the winter storms arrive.</p>
<p>"We will publish the full budget next week," the board wrote in a statement.</p>
</article></body></html>
HTML
  done
  source_note="invented articles"
else
  mapfile -t pages < <(ls "$corpus"/*/source.html | sort)
  for ((i = 0; i < count; i++)); do
    page=${pages[$((i % ${#pages[@]}))]}
    # A unique comment per copy gives every article its own content hash, as in a real archive.
    { cat "$page"; printf '\n<!-- copy %d -->\n' "$i"; } > "$work/pages/page-$(printf '%05d' "$i").html"
  done
  source_note="${#pages[@]} corpus pages"
fi
bytes=$(du -sb "$work/pages" | cut -f1)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: $count ($((bytes / 1024 / 1024)) MB of HTML from $source_note), jobs: $jobs, cores: $(nproc), $build_note"

run() {
  local label=$1
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" dotnet "$cli" audit "$work/pages" --db "$work/bench.db" --jobs "$jobs" --quiet || [ $? -eq 1 ]  # 1: violations found
  # The last line: GNU time puts "Command exited with non-zero status 1" above the figures.
  read -r seconds kb user sys < <(tail -n 1 "$work/time")
  awk -v l="$label" -v n="$count" -v s="$seconds" -v kb="$kb" -v cpu="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" \
    'BEGIN { printf "%-10s %8.2f s wall  %8.1f articles/s  %7.1f ms CPU/article  peak RSS %5.0f MB\n", l, s, n / s, 1000 * cpu / n, kb / 1024 }'
  echo "$seconds" > "$work/$label.s"
}

run first
run unchanged
awk -v a="$(cat "$work/first.s")" -v b="$(cat "$work/unchanged.s")" 'BEGIN { printf "unchanged re-run is %.1fx faster\n", a / b }'
dotnet "$cli" report "$work/bench.db" | head -1
