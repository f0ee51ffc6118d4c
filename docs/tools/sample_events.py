#!/usr/bin/env python3
"""Draw a seeded random sample of asserted events (mode null) from a stratex run, for
reading against their sentences. Documents whose file name matches --skip are left out.
usage: sample_events.py OUT [--n 100] [--seed 5] [--skip 18_SovietsInAfghanistan]
Events are ordered by (source file, sentence, line in events.jsonl) before sampling, so
the same run gives the same sample. --after OUT2 (a later run on the same files) prints
under each sampled event what OUT2 codes for the same sentence and trigger word
("gone" when nothing), to re-judge the same sample after a change."""
import random

from samples import parser, records

ap = parser(100, 5)
a = ap.parse_args()



def render(o):
    mode = f" mode={o['mode']}" if o.get("mode") else ""
    return (f"{o['type']}/{o['subtype']} {','.join(o['source'])}>{','.join(o['target'])} "
            f"[{o['trigger']}] {o['rule']}{mode}")


later = {}
if a.after:
    for f, s, _, o in records(a.after, "events", None):
        later.setdefault((f, s, o["trigger"].lower()), []).append(o)
evs = [r for r in records(a.out, "events", a.skip) if not r[3].get("mode")]
evs.sort(key=lambda e: e[:3])
pick = sorted(random.Random(a.seed).sample(range(len(evs)), a.n))
print(f"# {len(evs)} asserted events; seed {a.seed}; {a.n} drawn")
for k, j in enumerate(pick, 1):
    f, s, _, o = evs[j]
    print(f"{k:3d} {f} s{s} {render(o)}\n    {o['text']}")
    if a.after:
        now = later.get((f, s, o["trigger"].lower()), [])
        print("    after: " + ("; ".join(render(e) for e in now) or "gone"))
