"""Peer for `parallax bench extract`: Python trafilatura on the same pages.

Usage: python peer_trafilatura.py DATA_DIR REPEAT
Prints one JSON object: pages, seconds, pages_per_sec, peak_rss_kib, version.
Pages are decompressed and decoded before timing, as on the Rust side.
"""
import glob
import gzip
import json
import os
import sys
import time

import trafilatura
from peer_common import peak_rss_kib


def main():
    data, repeat = sys.argv[1], int(sys.argv[2])
    files = sorted(glob.glob(os.path.join(data, "html", "*.html.gz")))
    pages = [gzip.open(f).read().decode("utf-8", "replace") for f in files]
    for html in pages:  # warm-up pass, like the Rust side
        trafilatura.extract(html)
    start = time.perf_counter()
    for _ in range(repeat):
        for html in pages:
            trafilatura.extract(html)
    secs = time.perf_counter() - start
    n = len(pages) * repeat
    print(json.dumps({
        "tool": "trafilatura",
        "version": trafilatura.__version__,
        "pages": n,
        "seconds": secs,
        "pages_per_sec": n / secs,
        "peak_rss_kib": peak_rss_kib(),
    }))


if __name__ == "__main__":
    main()
