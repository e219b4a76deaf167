#!/usr/bin/env bash
# Extraction speed: parallax beside Python trafilatura on the same 181 pages.
# Installs the peer into a local venv from PyPI (once), builds parallax, runs both.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval/article-extraction-benchmark}"
VENV=.venv-bench
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "trafilatura==2.3.1" lxml_html_clean
fi
cargo build --release --locked --quiet
./target/release/parallax bench extract --data "$DATA" --peer-python "$VENV/bin/python" --repeat "${REPEAT:-3}"

# Streaming: peak memory of `parallax analyze` over 2,000 and 20,000 JSONL records
# (the example corpus's articles, repeated with distinct URLs). It must stay flat.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP" <<'PY'
import json, sys, pathlib
tmp = pathlib.Path(sys.argv[1])
texts = []
for p in sorted(pathlib.Path("examples/corpus").glob("*.txt")) + sorted(pathlib.Path("examples/corpus").glob("*.md")):
    texts.append(p.read_text(encoding="utf-8"))
for p in pathlib.Path("examples/corpus").glob("*.jsonl"):
    texts += [json.loads(l)["maintext"] for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
for n in (2000, 20000):
    with open(tmp / f"c{n}.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"url": f"https://bench.example/{i}", "title": f"Article {i}", "maintext": texts[i % len(texts)]}) + "\n")
PY
for n in 2000 20000; do
  python3 - "$TMP/c$n.jsonl" "$n" <<'PY'
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(["./target/release/parallax", "analyze", sys.argv[1], "--jsonl"], stdout=subprocess.DEVNULL, check=True)
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"  streaming: {int(sys.argv[2]):>6} records  {int(sys.argv[2])/dt:>8.0f} records/s  peak RSS {rss/1024:.1f} MiB")
PY
done
