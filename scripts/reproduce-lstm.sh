#!/usr/bin/env bash
# The LSTM reproduction run of the README ("LSTM learner"): the paper's reference settings on the shared
# 12-qubit Sycamore distribution (q12c0). Usage:
#
#   scripts/reproduce-lstm.sh TARGET [OUTDIR]     TARGET: sorted (the reference code's) or natural
#
# 500,000 exact samples of the target (seed 1), an LSTM with the reference settings (1 layer of
# 256 units, 20 epochs, batch 64, Adam 1e-3; qsl's defaults), then 499,968 generated samples
# (the reference code's count: 500,000 rounded down to whole batches of 64) scored against the
# target, with the exact metrics of the model's full distribution. Training checkpoints every
# epoch into OUTDIR/checkpoints: run the script again to resume an interrupted run.
# EPOCHS=E trains E epochs instead of the reference's 20; a later run with a larger EPOCHS
# continues from the checkpoint instead of restarting.
# QSL=path/to/launcher overrides ./qsl (e.g. a copied jar: QSL="java -jar /x/qsl.jar").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:?usage: $0 sorted|natural [OUTDIR]}"
out="${2:-lstm-$target}"
qsl="${QSL:-$here/qsl}"
probabilities="$here/circuits/src/test/resources/reference/q12c0.txt"
mkdir -p "$out"

$qsl sample -p "$probabilities" --target "$target" --target-out "$out/target.f32" \
  -m 500000 --seed 1 -o "$out/train.npy"
time $qsl train --learner lstm --samples "$out/train.npy" --checkpoints "$out/checkpoints" \
  --units 256 --layers 1 --epochs "${EPOCHS:-20}" --batch-size 64 --learning-rate 1e-3 \
  --out "$out/model.qslm"
$qsl generate --model "$out/model.qslm" -m 499968 --seed 2 -o "$out/generated.npy"
$qsl score -s "$out/generated.npy" -p "$out/target.f32" --model "$out/model.qslm" \
  --training "$out/train.npy" | tee "$out/score.txt"
