#!/usr/bin/env python3
"""Draw a seeded random sample of actor pairs (pairs.jsonl) from a stratex run, for reading
against their sentences. Documents whose file name matches --skip are left out.
usage: sample_pairs.py OUT [--n 60] [--seed 5] [--skip 18_SovietsInAfghanistan] [--after OUT2]
Pairs are ordered by (source file, sentence, line in pairs.jsonl) before sampling, so the
same run gives the same sample. --after OUT2 (a later run on the same files) prints under
each sampled pair what OUT2 states for the same sentence and the same two actors (in
either order; "gone" when nothing), to re-judge the same sample after a change.
--changed OUT2 lists instead every sentence whose pairs differ between OUT and OUT2, with
the pairs gone (-) and added (+), to read every record a change alters."""
import json, random

from samples import parser, records, sources

ap = parser(60, 5)
ap.add_argument("--changed")
a = ap.parse_args()



def render(o):
    arrow = ">" if o["directed"] else "~"
    return f"{o['a']}{arrow}{o['b']} {o['relation']} {o['rule']}"


def by_sentence(out):
    src, r = sources(out), {}
    for l in open(f"{out}/pairs.jsonl"):
        o = json.loads(l)
        f = src[o["doc"]]
        if a.skip and a.skip in f:
            continue
        r.setdefault((f, o["sent"]), [o["text"], set()])[1].add(render(o))
    return r


if a.changed:
    x, y = by_sentence(a.out), by_sentence(a.changed)
    for k in sorted(set(x) | set(y)):
        was, now = x.get(k, ["", set()]), y.get(k, ["", set()])
        if was[1] != now[1]:
            print(f"{k[0]} s{k[1]}\n    {was[0] or now[0]}")
            for p in sorted(was[1] - now[1]):
                print(f"    - {p}")
            for p in sorted(now[1] - was[1]):
                print(f"    + {p}")
    raise SystemExit

later = {}
if a.after:
    for f, s, _, o in records(a.after, "pairs", None):
        later.setdefault((f, s, frozenset((o["a"], o["b"]))), []).append(o)
ps = records(a.out, "pairs", a.skip)
ps.sort(key=lambda p: p[:3])
n = min(a.n, len(ps))
pick = sorted(random.Random(a.seed).sample(range(len(ps)), n))
print(f"# {len(ps)} pairs; seed {a.seed}; {n} drawn")
for k, j in enumerate(pick, 1):
    f, s, _, o = ps[j]
    print(f"{k:3d} {f} s{s} {render(o)}\n    {o['text']}")
    if a.after:
        now = later.get((f, s, frozenset((o["a"], o["b"]))), [])
        print("    after: " + ("; ".join(render(e) for e in now) or "gone"))
