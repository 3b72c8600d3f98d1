#!/usr/bin/env bash
# Batch throughput and memory (docs/performance.md, "Batch").
#
#   tests/Weinan.Benchmarking.Benchmarks/batch.sh [COUNT] [SEED]
#
# Publishes wbench (Release, as the quick start builds it), generates COUNT submissions (default 1,000,000) with
# `wbench samples generate` into artifacts/batch/ (kept between runs for the same COUNT and SEED), then measures, each
# as one process:
#   1. read-only: every JSONL line read into a submission and checked, nothing assessed (the parse-only baseline);
#   2. full: the same file assessed, stored (SQLite), summarised and written;
#   3. xlsx: COUNT/10 rows (default 100,000) of a filled intake workbook, assessed, stored and summarised;
#   4. reports: COUNT/100 submissions (default 10,000) with --reports (one HTML report per submission).
# Prints and writes to artifacts/batch/result.txt the wall time, processor time (user + system) and peak memory
# (maximum resident set) of each pass, and the ratio of the full pass to the read-only pass. SKIP="xlsx reports"
# leaves passes out.
set -euo pipefail
cd "$(dirname "$0")/../.."

count="${1:-1000000}"
seed="${2:-20261129}"
skip="${SKIP:-}"
work="artifacts/batch"
mkdir -p "$work"
dotnet publish host-cli/Weinan.Benchmarking.Cli -c Release -o "$work/cli" -nologo -v q >/dev/null
wbench="$work/cli/Weinan.Benchmarking.Cli"

generate() { # count, extension → path
  local file="$work/input-$1-$seed.$2"
  [ -s "$file" ] || "$wbench" samples generate --count "$1" --seed "$seed" --out "$file" --lang en >/dev/null
  echo "$file"
}

measure() { # label, then the command; prints "label wall_s cpu_s peak_MB"
  local label="$1"; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" >"$work/$label.log" 2>&1 || true
  read -r wall user sys peak < <(tail -n 1 "$work/time.txt")
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN { printf "%-10s %8s %8.1f %8.0f\n", l, w, u + s, p / 1024 }'
}

jsonl=$(generate "$count" jsonl)
rm -rf "$work/out-read" "$work/out" "$work/out-xlsx" "$work/out-reports"
# Read once first, so that both passes read the input from memory: the outputs of an earlier run (several GB) may have
# pushed it out of the page cache, and the read-only pass would then measure the disk.
cat "$jsonl" >/dev/null
lines=()
lines+=("$(measure "read-only" "$wbench" batch "$jsonl" --out "$work/out-read" --read-only --no-store --lang en)")
lines+=("$(measure "full" "$wbench" batch "$jsonl" --out "$work/out" --lang en)")
if [[ " $skip " != *" xlsx "* ]]; then
  xlsx=$(generate $(( count / 10 )) xlsx)
  lines+=("$(measure "xlsx" "$wbench" batch "$xlsx" --out "$work/out-xlsx" --lang en)")
fi
if [[ " $skip " != *" reports "* ]]; then
  few=$(generate $(( count / 100 )) jsonl)
  lines+=("$(measure "reports" "$wbench" batch "$few" --out "$work/out-reports" --reports --no-store --lang en)")
fi

{
  echo "submissions: $count (seed $seed), $(du -h "$jsonl" | cut -f1) of JSONL; $(nproc) cores; $(date -u +%Y-%m-%d)"
  printf "%-10s %8s %8s %8s\n" pass wall_s cpu_s peak_MB
  printf "%s\n" "${lines[@]}"
  awk -v r="$(echo "${lines[0]}" | awk '{print $2}')" -v f="$(echo "${lines[1]}" | awk '{print $2}')" \
    'BEGIN { printf "full / read-only wall time: %.2f\n", f / r }'
} | tee "$work/result.txt"
