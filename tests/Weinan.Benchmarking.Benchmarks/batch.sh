#!/usr/bin/env bash
# Batch throughput and memory (docs/performance.md, "Batch").
#
#   tests/Weinan.Benchmarking.Benchmarks/batch.sh [COUNT] [SEED] [EXTRA BATCH OPTIONS…]
#
# Publishes wbench (Release, ReadyToRun, as the quick start runs it), generates COUNT submissions (default 1,000,000)
# with `wbench samples generate` into artifacts/batch/input.jsonl (kept between runs for the same COUNT and SEED), then
# in one run: a read-only pass (every line read into a submission, nothing assessed: the parse-only baseline), and the
# full batch (assessed, stored, summarised, written). Prints and writes to artifacts/batch/result.txt the wall time,
# processor time and peak memory (maximum resident set) of each pass and the ratio of the two wall times.
set -euo pipefail
cd "$(dirname "$0")/../.."

count="${1:-1000000}"
seed="${2:-20261129}"
shift $(( $# > 2 ? 2 : $# ))
work="artifacts/batch"
mkdir -p "$work"
dotnet publish host-cli/Weinan.Benchmarking.Cli -c Release -o "$work/cli" -nologo -v q >/dev/null
wbench="$work/cli/Weinan.Benchmarking.Cli"

input="$work/input-$count-$seed.jsonl"
if [ ! -s "$input" ]; then
  "$wbench" samples generate --count "$count" --seed "$seed" --out "$input" --lang en >/dev/null
fi

measure() { # label, then the command; prints "label wall_s cpu_s peak_mb"
  local label="$1"; shift
  local stats
  stats=$( { /usr/bin/time -f "%e %U %S %M" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1 ) || true
  read -r wall user sys peak <<<"$stats"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN { printf "%s %s %.1f %.0f\n", l, w, u + s, p / 1024 }'
}

rm -rf "$work/out-read" "$work/out"
read_only=$(measure "read-only" "$wbench" batch "$input" --out "$work/out-read" --read-only --no-store --lang en "$@")
full=$(measure "full" "$wbench" batch "$input" --out "$work/out" --db "$work/out/wbench.db" --lang en "$@")

{
  echo "submissions: $count (seed $seed), $(du -h "$input" | cut -f1) of JSONL; $(nproc) cores; $(date -u +%Y-%m-%d)"
  echo "pass wall_s cpu_s peak_MB"
  echo "$read_only"
  echo "$full"
  awk -v r="$(echo "$read_only" | cut -d' ' -f2)" -v f="$(echo "$full" | cut -d' ' -f2)" 'BEGIN { printf "full / read-only wall time: %.2f\n", f / r }'
} | tee "$work/result.txt"
