#!/usr/bin/env python3
"""Draw a seeded random sample of actor pairs (pairs.jsonl) from a stratex run, for reading
against their sentences. Documents whose file name matches --skip are left out.
usage: sample_pairs.py OUT [--n 60] [--seed 5] [--skip 18_SovietsInAfghanistan] [--after OUT2]
Pairs are ordered by (source file, sentence, line in pairs.jsonl) before sampling, so the
same run gives the same sample. --after OUT2 (a later run on the same files) prints under
each sampled pair what OUT2 states for the same sentence and the same two actors (in
either order; "gone" when nothing), to re-judge the same sample after a change."""
import argparse, json, random

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--n", type=int, default=60)
ap.add_argument("--seed", type=int, default=5)
ap.add_argument("--skip", default="18_SovietsInAfghanistan")
ap.add_argument("--after")
a = ap.parse_args()


def sources(out):
    src = {}
    for l in open(f"{out}/documents.jsonl"):
        o = json.loads(l)
        src[o["doc"]] = o["source"].split("/")[-1]
    return src


def render(o):
    arrow = ">" if o["directed"] else "~"
    return f"{o['a']}{arrow}{o['b']} {o['relation']} {o['rule']}"


src = sources(a.out)
later = {}
if a.after:
    src2 = sources(a.after)
    for l in open(f"{a.after}/pairs.jsonl"):
        o = json.loads(l)
        later.setdefault((src2[o["doc"]], o["sent"], frozenset((o["a"], o["b"]))), []).append(o)
ps = []
for i, l in enumerate(open(f"{a.out}/pairs.jsonl")):
    o = json.loads(l)
    f = src[o["doc"]]
    if a.skip and a.skip in f:
        continue
    ps.append((f, o["sent"], i, o))
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
