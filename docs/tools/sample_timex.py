#!/usr/bin/env python3
"""A seeded sample of the dates a run reads as the text's own (not citations, not in the
reference list or the front matter), to read against their sentences; with --after OUT2,
what a later run makes of each sampled record (date, citation, gone) and its zone.

usage: docs/tools/sample_timex.py OUT [--n 40] [--seed 10] [--after OUT2]
  OUT: bin/stratex run -q -out OUT DIR (for instance DIR = ../shared/corpus/papers)
"""
import argparse
import json
import os
import random


def load(out):
    timex = [json.loads(l) for l in open(os.path.join(out, 'timex.jsonl'), encoding='utf-8')]
    sents = {}
    for l in open(os.path.join(out, 'sentences.jsonl'), encoding='utf-8'):
        o = json.loads(l)
        sents[(o['doc'], o['sent'])] = o
    return timex, sents


ap = argparse.ArgumentParser()
ap.add_argument('out')
ap.add_argument('--n', type=int, default=40)
ap.add_argument('--seed', type=int, default=10)
ap.add_argument('--after')
a = ap.parse_args()
timex, sents = load(a.out)
own = [t for t in timex if not t.get('citation')
       and sents.get((t['doc'], t['sent']), {}).get('zone') not in ('references', 'header')]
sample = random.Random(a.seed).sample(own, min(a.n, len(own)))
after = None
if a.after:
    t2, s2 = load(a.after)
    after = {(t['doc'], t['span'][0]): t for t in t2}  # sentence numbers may move
print(f'{len(own)} own dates of {len(timex)} records; sample of {len(sample)}, seed {a.seed}')
for i, t in enumerate(sample, 1):
    s = sents.get((t['doc'], t['sent']), {})
    line = f"{i:3} {t['text']!r} {t['value']} {t.get('rule', '')} :: {s.get('text', '')[:160]}"
    if after is not None:
        n = after.get((t['doc'], t['span'][0]))
        state = 'gone' if n is None else ('citation' if n.get('citation') else 'date ' + n['value'])
        zone = s2.get((n['doc'], n['sent']), {}).get('zone') if n else None
        line += f"\n      after: {state}, zone {zone}"
    print(line)
