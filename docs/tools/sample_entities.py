#!/usr/bin/env python3
"""Draw a seeded random sample of entities that carry an actor code (entities.jsonl)
from a stratex run, for reading against their sentences. Documents whose file name
matches --skip are left out.
usage: sample_entities.py OUT [--n 80] [--seed 5] [--skip 18_SovietsInAfghanistan] [--after OUT2]
Entities are ordered by (source file, sentence, span, line in entities.jsonl) before
sampling, so the same run gives the same sample. Each is printed with its sentence, the
entity's words marked [[like this]]. --after OUT2 (a later run on the same files) prints
under each sampled entity what OUT2 states for the same sentence and span start ("gone"
when nothing), to re-judge the same sample after a change. --changed OUT2 lists instead
every sentence whose entities differ between OUT and OUT2, with the entities gone (-) and
added (+), to read every record a change alters."""
import json, random

from samples import parser, records, sources

ap = parser(80, 5)
ap.add_argument("--changed")
a = ap.parse_args()


def render(o):
    sec = f"/{o['sector']}" if o.get("sector") else ""
    return f"{o['text']!r} {o['label']} {o.get('actor') or '-'}{sec} {o['rule']}"


def load(out):
    """The run's entities as (file, sentence, span start, line, record), and the
    sentences' texts and starts by (file, sentence)."""
    src = sources(out)
    sents = {}
    for l in open(f"{out}/sentences.jsonl"):
        o = json.loads(l)
        sents[(src[o["doc"]], o["sent"])] = (o["span"][0], o["text"])
    ents = [(f, s, o["span"][0], i, o) for f, s, i, o in records(out, "entities", a.skip)]
    ents.sort(key=lambda e: e[:4])
    return ents, sents


def marked(sents, f, s, o):
    start, text = sents.get((f, s), (0, ""))
    b, e = o["span"][0] - start, o["span"][1] - start
    if 0 <= b <= e <= len(text):
        return text[:b] + "[[" + text[b:e] + "]]" + text[e:]
    return text


ents, sents = load(a.out)

if a.changed:
    ents2, sents2 = load(a.changed)
    x, y = {}, {}
    for d, es in ((x, ents), (y, ents2)):
        for f, s, _, _, o in es:
            d.setdefault((f, s), set()).add((o["span"][0], render(o)))
    for k in sorted(set(x) | set(y)):
        was, now = x.get(k, set()), y.get(k, set())
        if was != now:
            print(f"{k[0]} s{k[1]}\n    {(sents.get(k) or sents2.get(k))[1]}")
            for p in sorted(was - now):
                print(f"    - {p[1]}")
            for p in sorted(now - was):
                print(f"    + {p[1]}")
    raise SystemExit

later = {}
if a.after:
    ents2, _ = load(a.after)
    for f, s, b, _, o in ents2:
        later.setdefault((f, s, b), []).append(o)
coded = [e for e in ents if e[4].get("actor")]
n = min(a.n, len(coded))
pick = sorted(random.Random(a.seed).sample(range(len(coded)), n))
print(f"# {len(coded)} entities with an actor; seed {a.seed}; {n} drawn")
for k, j in enumerate(pick, 1):
    f, s, _, _, o = coded[j]
    print(f"{k:3d} {f} s{s} {render(o)}\n    {marked(sents, f, s, o)}")
    if a.after:
        now = later.get((f, s, o["span"][0]), [])
        print("    after: " + ("; ".join(render(e) for e in now) or "gone"))
