#!/usr/bin/env bash
# Times envtune:train steps of one or more launcher jars, back to back on the same machine, and prints medians.
#
#   launcher/bench-train.sh [--steps N] [--runs R] [--out DIR] [--train-args 'ARGS'] JAR [JAR...]
#
# ARGS are passed on to envtune:train (e.g. '--validation-samples 1' to shorten the before/after measurement).
#
# Each run is `java -jar JAR envtune:train --steps N --out DIR/<jar>-<run>` under /usr/bin/time -v. Runs alternate
# between the jars (A B A B ...), so a machine that gets busier or quieter affects every jar alike. Printed per jar:
# the median step time over all steps of all its runs (and of the steps without validation), the median rollout,
# scoring, update and validation seconds and CPU seconds per step when metrics.jsonl records them (its "time"), and per run the wall time, user and system
# CPU, minor page faults and peak RSS. Needs jq and GNU time.
set -euo pipefail

steps=4
runs=2
out=/tmp/envtune-bench-train
jars=()
train_args=""
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) steps=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --train-args) train_args=$2; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) jars+=("$1"); shift ;;
  esac
done
[ ${#jars[@]} -gt 0 ] || { echo "usage: $0 [--steps N] [--runs R] [--out DIR] JAR [JAR...]" >&2; exit 2; }
command -v jq >/dev/null || { echo "bench-train.sh needs jq" >&2; exit 2; }
mkdir -p "$out"

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) printf "%.2f\n", a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
field() { grep -F "$2" "$1" | head -1 | awk -F': ' '{print $2}'; }

for r in $(seq 1 "$runs"); do
  for i in "${!jars[@]}"; do
    dir="$out/jar$i-run$r"
    rm -rf "$dir"
    echo "run $r of jar $i: ${jars[$i]} -> $dir" >&2
    /usr/bin/time -v -o "$dir.time" java -jar "${jars[$i]}" envtune:train --steps "$steps" --out "$dir" $train_args \
      > "$dir.log" 2>&1 || { echo "run failed, see $dir.log" >&2; exit 1; }
  done
done

for i in "${!jars[@]}"; do
  echo "== jar $i: ${jars[$i]} ($runs runs x $steps steps)"
  cat "$out"/jar$i-run*/metrics.jsonl > "$out/jar$i.metrics"
  m="$out/jar$i.metrics"
  printf '  median step s           %s\n' "$(jq -r '.seconds' "$m" | median)"
  printf '  median step s, no val   %s\n' "$(jq -r 'select(.validationProgress == null or (.validationProgress|tostring) == "NaN") | .seconds' "$m" | median)"
  for k in rollout scoring update validation cpu; do
    printf '  median %-16s %s\n' "$k s" "$(jq -r "select(.time != null) | .time.$k" "$m" | median)"
  done
  printf '  median tokens/step      %s\n' "$(jq -r '.tokens' "$m" | median)"
  for r in $(seq 1 "$runs"); do
    t="$out/jar$i-run$r.time"
    printf '  run %d: wall %s  user %ss  sys %ss  minor faults %s  peak RSS %s kB\n' "$r" \
      "$(field "$t" 'Elapsed (wall clock)')" "$(field "$t" 'User time')" "$(field "$t" 'System time')" \
      "$(field "$t" 'Minor (reclaiming a frame)')" "$(field "$t" 'Maximum resident set size')"
  done
done
