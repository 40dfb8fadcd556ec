#!/usr/bin/env bash
# Runs every Governance benchmark and writes docs/benchmarks.md from the figures it measured.
#
#   tests/Benchmarks/run-benchmarks.sh           the full run: about two hours on the 2-core reference machine
#                                                (see tests/Benchmarks/README.md); run it on an idle machine
#   tests/Benchmarks/run-benchmarks.sh --quick   smoke test: N = 100 only, few iterations, BenchmarkDotNet's dry job;
#                                                about 3 minutes; the report is marked "QUICK RUN, not a measurement"
#
# Results (JSON) go to tests/Benchmarks/artifacts/results, the full console log to tests/Benchmarks/artifacts/run.log,
# BenchmarkDotNet's own reports to tests/Benchmarks/artifacts/BenchmarkDotNet. Generated projects live in a temporary
# directory and are deleted afterwards (GOVERNANCE_BENCH_KEEP=1 keeps them).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
quick=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=(--quick) ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (use --quick or nothing)" >&2; exit 2 ;;
  esac
done

results="$here/artifacts/results"
log="$here/artifacts/run.log"
rm -rf "$results"
mkdir -p "$results"
: > "$log"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cd "$repo"
start=$SECONDS
failed=()
# Runs one step; a step that fails is reported and the others still run, so one failure does not cost the rest.
step() {
  local name="$1"; shift
  local began=$SECONDS
  echo "=== $name ($(date -u +%H:%M:%S) UTC)" | tee -a "$log"
  if "$@" 2>&1 | tee -a "$log"; then
    echo "=== $name took $((SECONDS - began)) s" | tee -a "$log"
  else
    echo "=== $name FAILED after $((SECONDS - began)) s" | tee -a "$log"
    failed+=("$name")
  fi
}

# Release build of the harness and of the generator and analyzers it measures (src/*/bin/Release).
dotnet build "$here/Governance.Benchmarks.csproj" -c Release -nologo -v:q 2>&1 | tee -a "$log"
bench=(dotnet "$here/bin/Release/net10.0/Governance.Benchmarks.dll")

step machine "${bench[@]}" machine --results "$results"
step "compile: generators and analyzers in process" "${bench[@]}" compile "${quick[@]}" --results "$results"
step "ide: edits replayed in a generator driver" "${bench[@]}" ide "${quick[@]}" --results "$results"
step "cli: dotnet build with and without the package" "${bench[@]}" cli "${quick[@]}" --results "$results"
step "runtime: Track against logging (BenchmarkDotNet)" "${bench[@]}" runtime "${quick[@]}" --results "$results"
step "hosting: the sample service under load, with and without telemetry" "${bench[@]}" hosting "${quick[@]}" --results "$results" --out "$repo/docs/benchmarks.md"
step "dataflow: GOV012 on 100,000 lines of ordinary C#" "${bench[@]}" dataflow "${quick[@]}" --results "$results" --out "$repo/docs/benchmarks.md"
# The report marks the parts a failed step did not measure as missing.
step report "${bench[@]}" report "${quick[@]}" --results "$results" --out "$repo/docs/benchmarks.md"

elapsed="$(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "Done in $elapsed with failures: ${failed[*]} (log: ${log#"$repo"/})." | tee -a "$log"
  exit 1
fi
echo "All done in $elapsed; wrote docs/benchmarks.md (log: ${log#"$repo"/})." | tee -a "$log"
