#!/usr/bin/env bash
# Rebuilds the shipped built-in model (djl:builtin) with the project's own recipe, from nothing but the platform:
#
#   launcher/make-builtin.sh [--work DIR] [--install]
#
# 1. envtune:tasks generates the warm start's data: 500 base tasks per domain (seed 11) and 200 miss_func/miss_param
#    tasks per domain (seed 12), at most 2 user turns; never the hand-written validation tasks (the generators'
#    contract test checks no generated task equals one).
# 2. envtune:sft --model scratch trains the built-in architecture (width 96, 2 layers, vocabulary from the tools,
#    the built-in training tasks and the data) on their oracle episodes: 3000 steps of 8 episodes, peak lr 3e-3,
#    prompt variants A and B alternating, data-order and initialisation seed 1; then a second envtune:sft continues
#    from that checkpoint on the same data: 2000 steps, peak lr 1e-3, data-order seed 2.
# 3. Prints the SHA-256 of the weights; --install copies the model files into the policy bundle's resources
#    (bundles/io.envtune.policy.djl/src/main/resources/builtin/), where the next build ships them.
#
# Needs the launcher jar (mvn -B -ntp -DskipTests package). About 90 minutes on a busy 2-core machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/envtune-builtin
install=false
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work=$2; shift 2 ;;
    --install) install=true; shift ;;
    *) echo "unknown option $1 (usage: $0 [--work DIR] [--install])" >&2; exit 2 ;;
  esac
done
jar="$root/launcher/target/envtune.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -ntp -DskipTests package first" >&2; exit 1; }
mkdir -p "$work"
envtune() { java -jar "$jar" "$@"; }

envtune envtune:tasks --generate all --n 500 --seed 11 --max-turns 2 --splits base --out "$work/base.jsonl" --force
envtune envtune:tasks --generate all --n 200 --seed 12 --max-turns 2 --splits miss_func,miss_param \
  --out "$work/miss.jsonl" --force
cat "$work/base.jsonl" "$work/miss.jsonl" > "$work/tasks.jsonl"
rm -rf "$work/sft" "$work/sft2"
envtune envtune:sft --model scratch --data "$work/tasks.jsonl" --steps 3000 --lr 3e-3 --batch 8 --seed 1 \
  --prompt A,B --save-every 500 --out "$work/sft"
envtune envtune:sft --model "$work/sft" --data "$work/tasks.jsonl" --steps 2000 --lr 1e-3 --batch 8 --seed 2 \
  --prompt A,B --save-every 500 --out "$work/sft2"
sha256sum "$work/sft2/model.safetensors"
if $install; then
  dest="$root/bundles/io.envtune.policy.djl/src/main/resources/builtin"
  mkdir -p "$dest"
  for f in config.json generation_config.json tokenizer.json tokenizer_config.json model.safetensors; do
    cp "$work/sft2/$f" "$dest/$f"
  done
  (cd "$dest" && sha256sum model.safetensors > model.safetensors.sha256)
  echo "installed into $dest"
fi
