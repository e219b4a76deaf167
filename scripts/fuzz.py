"""Write mutated copies of the example corpus for a robustness run of `parallax analyze`.

    python3 scripts/fuzz.py OUT_DIR [--count N] [--seed S]
    python3 scripts/fuzz.py OUT_FILE --long MB
    python3 scripts/fuzz.py OUT_FILE --story N
    python3 scripts/fuzz.py OUT_FILE --unrelated N

The second form writes one long text document instead: the example corpus's text
and markdown articles joined over and over, MB megabytes of it (a book-length
transcript's worth of names, quotes and dates). The third writes N reports of one
event as JSON Lines: each the opening of the example wire report plus three dated
sentences of invented words of its own, so one story gathers N articles and its
timeline thousands of distinct events. The fourth writes N articles of invented words
that share nothing, as JSON Lines: N stories and nearly as many topics, the input that
once made the terminal summary quadratic.

Each copy takes one file of `examples/corpus` (gzip unpacked) and applies up to a
dozen random edits: cuts, truncation, stray bytes, quote marks, dashes, cue words,
dates and markup inserted, and runs of one token repeated thousands of times
without white space (the input that once made quote finding quadratic), and
markup nested tens of thousands deep (once a stack overflow). Seeded,
so a run can be repeated; nothing is downloaded and nothing outside the
repository is read.
"""
import argparse
import gzip
import json
import pathlib
import random

TOKENS = [
    "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2018", "\u2019", '"', "'", "\u2014", "\u2013", "-", ":",
    ";", "\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u200b", "\ufeff", "<", ">", "&", "&amp;", "<p>", "</p>",
    "<br>", "<script>", "</div>", "said", "says", "according to", "Mr.", "Dr.", "U.S.", "last Tuesday",
    "2024-2026", "12 March 2024", "the day before", "nearly three decades", "\u2014Commissioner X",
    "From the ministry:", "Reuters cited an aide as saying", "\x00", "\u00e9", "\u0301", "\U0001d538",
    "\U0001f600", "\u01c5", "\u0130", "\u00df", "\ufb01", "\u2028", "[", "]", "(", ")", "0",
    "99999999999999999999", "1.5", "%", "$", "\u20ac", "Q:", "A:", "BROVA, March 3, 2026 \u2014",
    "Hurricane", "the USS ", "Chancellor ", " Inc.", "in 1999", "next spring", "earlier this month",
    "31 February 2024", "9999-12-31", "Monday", '"said', 'said"', "\u202e", "\u216b", "\u0661\u0662\u0663",
]


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        if not b:
            b = bytearray(b"x")
        r = rng.random()
        i = rng.randrange(len(b) + 1)
        if r < 0.2:
            del b[i : min(len(b), i + rng.randint(1, 200))]
        elif r < 0.6:
            b[i:i] = rng.choice(TOKENS).encode() if rng.random() < 0.95 else bytes([rng.randrange(256)])
        elif r < 0.75:
            seg = b[i : min(len(b), i + rng.randint(1, 400))]
            k = rng.randrange(len(b) + 1)
            b[k:k] = seg * rng.randint(1, 30)
        elif r < 0.8:
            del b[i:]
        elif r < 0.9:
            if i < len(b):
                b[i] = rng.randrange(256)
        elif r < 0.97:
            b[i:i] = (rng.choice(TOKENS) * rng.randint(50, 3000)).encode()
        else:
            # markup nested tens of thousands deep (once a stack overflow in the extractor)
            b[i:i] = (rng.choice(["<div>", "<span>", "<b><i>", "<td>"]) * rng.randint(2000, 50000)).encode()
    return bytes(b)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--long", type=int, default=0)
    ap.add_argument("--story", type=int, default=0)
    ap.add_argument("--unrelated", type=int, default=0)
    args = ap.parse_args()
    corpus = pathlib.Path(__file__).resolve().parent.parent / "examples" / "corpus"
    if args.story:
        rng = random.Random(args.seed)
        wire = (corpus / "coastline-wire-terminal-fire.txt").read_text().split("\n\n")
        opening = " ".join(p for p in wire if len(p) > 120)[:600]
        syllables = ["ka", "lo", "mi", "ra", "ven", "tor", "sel", "dun", "bri", "mar", "pol", "set", "qua", "zen"]
        word = lambda: "".join(rng.choice(syllables) for _ in range(3))
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        with open(args.out, "w") as f:
            for i in range(args.story):
                own = " ".join(f"On {rng.choice(days)}, the {word()} crew {word()}ed the {word()} near the {word()} dock." for _ in range(3))
                record = {"title": "Port Aven terminal fire", "text": opening + "\n\n" + own, "date": "2026-11-13", "url": f"https://example.test/{i}"}
                f.write(json.dumps(record) + "\n")
        return
    if args.unrelated:
        rng = random.Random(args.seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(20000)]
        with open(args.out, "w") as f:
            for i in range(args.unrelated):
                sentence = lambda: " ".join(rng.choice(words) for _ in range(8)) + " " + rng.choice(words).capitalize() + " " + " ".join(rng.choice(words) for _ in range(5)) + "."
                text = " ".join(sentence() for _ in range(5))
                title = " ".join(rng.choice(words) for _ in range(5))
                record = {"title": title.capitalize(), "text": text[0].upper() + text[1:], "date": "2026-11-%02d" % (1 + i % 28), "url": f"https://example.test/u{i}"}
                f.write(json.dumps(record) + "\n")
        return
    if args.long:
        texts = [f.read_text() for f in sorted(corpus.iterdir()) if f.suffix in (".txt", ".md")]
        one = "\n\n".join(texts)
        size = args.long * 1_000_000
        pathlib.Path(args.out).write_text(("\n\n".join([one] * (size // len(one) + 1)))[:size])
        return
    sources = []
    for f in sorted(corpus.iterdir()):
        data = f.read_bytes()
        name = f.name
        if data[:2] == b"\x1f\x8b":
            data, name = gzip.decompress(data), name.removesuffix(".gz")
        sources.append((name.split(".", 1)[1], data))
    rng = random.Random(args.seed)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for k in range(args.count):
        ext, data = rng.choice(sources)
        (out / f"{k:05d}.{ext}").write_bytes(mutate(rng, data))


if __name__ == "__main__":
    main()
