#!/usr/bin/env bash
# Cold start of wbench against a bare "hello world" console app built the same way.
#
#   tests/Weinan.Benchmarking.Benchmarks/coldstart.sh [RUNS] [publish|build]
#
# publish (default): both apps with `dotnet publish -c Release` (framework-dependent; the CLI is ReadyToRun, as its
#                    project sets, and so is the hello app), run through their executables.
# build:             both apps with `dotnet build -c Debug`, the output `dotnet run` uses.
# BASELINE=PATH      also runs the wbench executable at PATH (e.g. built from an older commit) for comparison.
# Every run is a new process (nothing stays warm but the operating system's file cache). Uses hyperfine when it is
# installed (apt-get install hyperfine) and no BASELINE is given; otherwise a loop of its own that interleaves the
# commands, one run of each per round, which is fairer on a busy machine. Prints each command's median and fastest
# run and its processor time (user + system: the median in the loop, the mean with hyperfine), with their ratios to
# hello world, and writes them to artifacts/coldstart/result.txt. On a shared machine the fastest run and the processor
# time are the steadier figures: other processes stretch the wall time, far less the work a run does.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-30}"
mode="${2:-publish}"
work="artifacts/coldstart"
rm -rf "$work/hello" "$work/cli"
mkdir -p "$work"

# The bare console app, outside the repository's build props.
hello_src=$(mktemp -d)
trap 'rm -rf "$hello_src"' EXIT
cat >"$hello_src/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
</Project>
EOF
echo 'Console.WriteLine("Hello, world");' >"$hello_src/Program.cs"

case "$mode" in
  publish)
    dotnet publish "$hello_src/hello.csproj" -c Release -p:PublishReadyToRun=true -o "$work/hello" -nologo -v q >/dev/null
    dotnet publish host-cli/Weinan.Benchmarking.Cli -c Release -o "$work/cli" -nologo -v q >/dev/null
    hello="$work/hello/hello"
    wbench="$work/cli/Weinan.Benchmarking.Cli"
    ;;
  build)
    dotnet build "$hello_src/hello.csproj" -c Debug -o "$work/hello" -nologo -v q >/dev/null
    dotnet build host-cli/Weinan.Benchmarking.Cli -c Debug -nologo -v q >/dev/null
    hello="$work/hello/hello"
    wbench="host-cli/Weinan.Benchmarking.Cli/bin/Debug/net10.0/Weinan.Benchmarking.Cli"
    ;;
  *) echo "mode must be publish or build" >&2; exit 2 ;;
esac

sample="samples/textiles/infant-bodysuit.json"
names=("hello world")
commands=("$hello")
for cli in "$wbench" ${BASELINE:+"$BASELINE"}; do
  label=$([ "$cli" = "$wbench" ] && echo "wbench" || echo "baseline")
  names+=("$label --help" "$label assess (summary)" "$label assess --format json" "$label assess --format html --out")
  commands+=(
    "$cli --help"
    "$cli assess $sample --date 2026-11-27"
    "$cli assess $sample --date 2026-11-27 --format json"
    "$cli assess $sample --date 2026-11-27 --format html --out $work/report.html"
  )
done

# Median and fastest wall time, and processor time, in milliseconds of each command.
medians=()
fastest=()
cpu=()
median() { sort -n "$1" | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'; }
if command -v hyperfine >/dev/null 2>&1 && [ -z "${BASELINE:-}" ]; then
  hyperfine -N -i --warmup 3 --runs "$runs" --export-csv "$work/hyperfine.csv" "${commands[@]}" >&2 || true
  mapfile -t medians < <(awk -F, 'NR > 1 { printf "%.1f\n", $4 * 1000 }' "$work/hyperfine.csv")
  mapfile -t fastest < <(awk -F, 'NR > 1 { printf "%.1f\n", $7 * 1000 }' "$work/hyperfine.csv")
  mapfile -t cpu < <(awk -F, 'NR > 1 { printf "%.1f\n", ($5 + $6) * 1000 }' "$work/hyperfine.csv")
else
  rm -f "$work"/times.* "$work"/cpu.*
  TIMEFORMAT='%3U %3S'
  for round in $(seq -2 "$runs"); do
    for i in "${!commands[@]}"; do
      start=$(date +%s%N)
      used=$({ time ${commands[$i]} >/dev/null 2>&1; } 2>&1) || true
      end=$(date +%s%N)
      # Rounds -2 to 0 are warm-up.
      if [ "$round" -gt 0 ]; then
        echo $(( (end - start) / 1000 )) >>"$work/times.$i"
        echo "$used" | awk '{ printf "%d\n", ($1 + $2) * 1000000 }' >>"$work/cpu.$i"
      fi
    done
  done
  for i in "${!commands[@]}"; do
    medians+=("$(median "$work/times.$i")")
    fastest+=("$(sort -n "$work/times.$i" | awk 'NR == 1 { printf "%.1f\n", $1 / 1000 }')")
    cpu+=("$(median "$work/cpu.$i")")
  done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
{
  echo "mode: $mode; runs: $runs; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-34s %10s %7s %10s %7s %10s %7s\n' "" "median ms" "ratio" "fastest ms" "ratio" "cpu ms" "ratio"
  for i in "${!names[@]}"; do
    printf '%-34s %10s %6sx %10s %6sx %10s %6sx\n' "${names[$i]}" "${medians[$i]}" "$(ratio "${medians[$i]}" "${medians[0]}")" \
      "${fastest[$i]}" "$(ratio "${fastest[$i]}" "${fastest[0]}")" "${cpu[$i]}" "$(ratio "${cpu[$i]}" "${cpu[0]}")"
  done
} | tee "$work/result.txt"
