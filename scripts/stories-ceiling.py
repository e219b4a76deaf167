"""Where the Multi-News story targets stand against offline clustering.

Offline agglomerative clustering over all documents at once (single, average and
complete link) on TF-IDF cosine, with the distance threshold picked on the gold
itself, so every figure is optimistic: no online clusterer with fixed thresholds
can be expected to beat it. Prints B-cubed precision, recall and F1 for the
cleaned set (first 1,000 clusters, articles with 3 or more irrelevant votes
dropped) and for all 5,622 clusters (all leads, and the relevant leads only).

Run through scripts/stories-ceiling.sh, which installs scikit-learn and scipy.
"""
import collections
import gzip
import json
import sys

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize


def load(path):
    """(text, gold cluster, relevant) for every non-empty lead, as `parallax eval stories` reads them."""
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            d = json.loads(line)
            votes = d.get("irrelevant_votes") or []
            for j, t in enumerate(d.get("docs") or []):
                t = (t or "").strip()
                if t:
                    docs.append((t, i, (votes[j] if j < len(votes) else 0) < 3))
    return docs


def bcubed(pred, gold):
    pairs = collections.Counter(zip(pred, gold))
    ps, gs = collections.Counter(pred), collections.Counter(gold)
    p = sum(c * c / ps[a] for (a, _), c in pairs.items()) / len(pred)
    r = sum(c * c / gs[b] for (_, b), c in pairs.items()) / len(pred)
    return p, r, 2 * p * r / (p + r)


def similarity(x):
    x = normalize(x)
    return (x @ x.T).toarray() if hasattr(x, "toarray") else x @ x.T


def best(sim, gold, method):
    """The best B-cubed over distance thresholds 0.30-0.99 (picked on the gold)."""
    dist = np.clip(1.0 - sim, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method=method)
    scores = []
    for t in np.arange(0.30, 1.0, 0.01):
        scores.append(bcubed(list(fcluster(tree, t, criterion="distance")), gold) + (t,))
    return max(scores, key=lambda s: s[2])


def report(name, texts, gold, methods, lsa=False):
    words = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    sims = [("TF-IDF", similarity(words))]
    if lsa:
        latent = TruncatedSVD(300, random_state=0).fit_transform(words)
        sims.append(("0.3 LSA-300 + 0.7 TF-IDF", 0.3 * similarity(latent) + 0.7 * sims[0][1]))
    for label, sim in sims:
        for method in methods:
            p, r, f, t = best(sim, gold, method)
            print(f"{name:<34} {label:<26} {method:<9} P {p:.3f} R {r:.3f} F1 {f:.3f}  (threshold {t:.2f})", flush=True)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval"
    docs = load(f"{data}/multinews-test/multinews-test.jsonl.gz")
    cleaned = [(t, g) for t, g, rel in docs if g < 1000 and rel]
    report("cleaned, first 1,000 clusters", [t for t, _ in cleaned], [g for _, g in cleaned], ("single", "average", "complete"), lsa=True)
    relevant = [(t, g) for t, g, rel in docs if rel]
    report("all 5,622 clusters, relevant", [t for t, _ in relevant], [g for _, g in relevant], ("average", "complete"))
    report("all 5,622 clusters, all leads", [t for t, _, _ in docs], [g for _, g, _ in docs], ("average", "complete"))


if __name__ == "__main__":
    main()
