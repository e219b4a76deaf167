"""The candidate step of `parallax bench provenance`, done with datasketch.

Reads the sentence shingles (content-stem hashes) and gold derived pairs that
`parallax bench provenance --dump DIR` wrote, and runs the same online rule:
each article's sentences query a MinHashLSH (12 permutations, 6 bands of 2
rows: the same banding as parallax), an earlier article is a candidate when
at least two of the article's sentences hit it (one for articles with a single
fingerprinted sentence), at most 16 candidates per article, most hits first;
then the article's sentences are inserted. Prints JSON: seconds (MinHash and
LSH work only, file reading excluded) and the recall of the gold pairs.
"""

import json
import sys
import time
from collections import defaultdict

import numpy as np
from datasketch import MinHash, MinHashLSH


def main(folder: str) -> None:
    docs = defaultdict(list)
    with open(f"{folder}/shingles.tsv", encoding="utf-8") as f:
        for line in f:
            doc, shingles = line.rstrip("\n").split("\t")
            docs[int(doc)].append([int(x).to_bytes(4, "little") for x in shingles.split()])
    gold = []
    with open(f"{folder}/gold.tsv", encoding="utf-8") as f:
        for line in f:
            a, b = line.split()
            gold.append((int(a), int(b)))
    n = max(docs) + 1 if docs else 0
    started = time.perf_counter()
    lsh = MinHashLSH(num_perm=12, params=(6, 2))
    candidates = set()
    for i in range(n):
        sentences = docs.get(i, [])
        hashes = []
        for s in sentences:
            m = MinHash(num_perm=12)
            m.update_batch(s)
            hashes.append(m)
        need = min(2, max(1, len(hashes)))
        hits = defaultdict(int)
        for m in hashes:
            for d in {int(k.split(":")[0]) for k in lsh.query(m)}:
                hits[d] += 1
        ranked = sorted(hits.items(), key=lambda x: (-x[1], -x[0]))[:16]
        for d, h in ranked:
            if h >= need:
                candidates.add((i, d))
        for j, m in enumerate(hashes):
            lsh.insert(f"{i}:{j}", m)
    seconds = time.perf_counter() - started
    found = sum(1 for p in gold if p in candidates)
    print(json.dumps({"peer": "datasketch MinHashLSH", "articles": n, "seconds": seconds,
                      "recall": found / max(1, len(gold)), "candidate_pairs": len(candidates)}))


if __name__ == "__main__":
    _ = np
    main(sys.argv[1])
