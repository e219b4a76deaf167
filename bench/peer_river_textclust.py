"""Peer for `parallax bench stories`: River's textClust, a one-pass stream
clustering algorithm for text (Assenmacher and Trautmann 2022), on the first
LIMIT articles of a JSON Lines corpus, in arrival order, one process.

Settings: bag of words, lower-cased, a short stop list; fading by observation
count (River's defaults for the rate and the clean-up interval); a fixed
distance threshold of 0.78, which is Parallax's join bar (cosine 0.22). The
automatic threshold of River's documented example merged every article into
one cluster on this corpus. Each article's story is the micro-cluster it
joined, followed through later merges.

Usage: python peer_river_textclust.py CORPUS.jsonl LIMIT
Prints one JSON object: tool, version, articles, seconds, articles_per_sec,
peak_rss_kib, labels (one story label per article, in input order).
"""
import json
import sys
import time

import river
from river import cluster, feature_extraction
from peer_common import peak_rss_kib

STOP = "a an and are as at be by for from has have he her his in is it its of on or said says she that the their they this to was were will with".split()


class Tracked(cluster.TextClust):
    """textClust that remembers the micro-cluster each article joins and which merged into which."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.joined = None
        self.parent = {}

    def _get_closest_mc(self, mc, idf, distance):
        cid, d = super()._get_closest_mc(mc, idf, distance)
        # A new micro-cluster takes the next id.
        self.joined = cid if cid is not None else self._cluster_id
        return cid, d

    def _mergemicroclusters(self):
        super()._mergemicroclusters()
        for key, micro in self.micro_clusters.items():
            for other in micro.merged_ids:
                self.union(other, key)

    def find(self, x):
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            texts.append(json.loads(line)["text"])
    bow = feature_extraction.BagOfWords(lowercase=True, stop_words=STOP)
    model = Tracked(real_time_fading=False, auto_r=False, radius=0.78)
    joined = []
    start = time.perf_counter()
    for text in texts:
        model.joined = None
        model.learn_one(bow.transform_one(text))
        joined.append(model.joined)
    secs = time.perf_counter() - start
    labels = [model.find(j) if j is not None else -1 - i for i, j in enumerate(joined)]
    print(json.dumps({
        "tool": "river textClust",
        "version": river.__version__,
        "articles": len(texts),
        "seconds": secs,
        "articles_per_sec": len(texts) / secs,
        "peak_rss_kib": peak_rss_kib(),
        "labels": labels,
    }))


if __name__ == "__main__":
    main()
