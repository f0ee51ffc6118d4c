#!/usr/bin/env python3
"""The war narrative's pairs, sentence by sentence, in its study part only (the text before
the heading "Foreign involvement and aid to the mujahideen"; the rest is never printed):
under each sentence whose predicted pairs differ from the gold's, the false pairs
(predicted, not in the gold for that sentence), with their relation and rule, and the
missed ones (gold, not predicted), with the gold's relation. Codes are compared as
../shared/tools/score.py compares them (SUN counts as RUS; a pair of one code is left out).
score_ww_events.py scores the pairs as one multiset over the part, so a false pair in one
sentence can fill a missed one of the same two codes in another: its totals are smaller.
usage: docs/tools/ww_pairs.py OUT_DIR [SHARED_DIR] [-a]
  OUT_DIR: bin/stratex run -q -out OUT_DIR DIR, where DIR holds only
  SHARED_DIR/eval/docs-dev/wikiwars/18_SovietsInAfghanistan.txt
  -a: every sentence with a pair, the right ones too (marked "ok")
"""
import collections
import os
import sys

args = [x for x in sys.argv[1:] if x != '-a']
every = '-a' in sys.argv[1:]
out = args[0]
shared = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared')
sys.path.insert(0, os.path.join(shared, 'tools'))
import score as S  # noqa: E402

G = os.path.join(shared, 'eval/docs-dev/wikiwars-events/18_SovietsInAfghanistan')
TEXT = os.path.join(shared, 'eval/docs-dev/wikiwars/18_SovietsInAfghanistan.txt')
HEADING = 'Foreign involvement and aid to the mujahideen'
text = open(TEXT, encoding='utf-8').read()
cut = text.index(HEADING)
sents = {s['sent']: s for s in S.load(os.path.join(out, 'sentences.jsonl'))}
cutsent = min(i for i, s in sents.items() if s['text'].startswith(HEADING))


def sentence_of(evidence):
    off = text.index(evidence)
    for i, s in sents.items():
        if s['span'][0] <= off < s['span'][1]:
            return i
    return None


def key(a, b):
    return tuple(sorted((S.code(a), S.code(b))))


gold = collections.defaultdict(list)
for o in S.load(os.path.join(G, 'pairs.jsonl')):
    if text.index(o['evidence']) < cut and S.code(o['a']) != S.code(o['b']):
        gold[sentence_of(o['evidence'])].append((key(o['a'], o['b']), o.get('relation')))
pred = collections.defaultdict(list)
for o in S.load(os.path.join(out, 'pairs.jsonl')):
    if o['sent'] < cutsent and S.code(o['a']) != S.code(o['b']):
        pred[o['sent']].append((key(o['a'], o['b']), o.get('relation'), o.get('rule')))
nfalse = nmissed = 0
for si in sorted(set(gold) | set(pred), key=lambda x: -1 if x is None else x):
    g = collections.Counter(k for k, _ in gold[si])
    p = collections.Counter(k for k, _, _ in pred[si])
    false, missed = p - g, g - p
    if not false and not missed and not every:
        continue
    print(f"sent {si}: {sents[si]['text'] if si in sents else '?'}")
    for k, rel, rule in pred[si]:
        if false[k] > 0:
            false[k] -= 1
            nfalse += 1
            print(f"   FALSE {k[0]}~{k[1]} {rel} {rule}")
        else:
            print(f"   ok    {k[0]}~{k[1]} {rel} {rule}")
    for k, rel in gold[si]:
        if missed[k] > 0:
            missed[k] -= 1
            nmissed += 1
            print(f"   MISS  {k[0]}~{k[1]} {rel}")
print(f"study part, by sentence: false {nfalse} missed {nmissed}")
