#!/usr/bin/env python3
"""score.py's events and pairs on the wikiwars-events narrative, split at the
heading its README names (the study part before it, the rest after), and the
events also without date matching (same shared-actor rule, any date), to say
what part of a miss is dating. score.py pools a part's events: a prediction
of one sentence may match the gold of another that shares an actor and a
date, so removing a wrong record can lower its figure. The "by sentence" lines
match a gold event or pair only with a prediction of its own sentence (the
rest part: totals only, never read its records).

Those event lines match first come, first served (a gold event takes the
free prediction with the most shared actors, in file order), as score.py
does, so one record that becomes right can take the match of another gold
and the line falls by one. The "best matching" lines after them score the
same pairs of gold and prediction (same actor and date rule) with a maximum
matching, so a fall from matching order (greedy lower, best the same) can be
told from a real one (both lower). Pairs are counted by exact key (a multiset
intersection, already a maximum): their best line repeats the pairs line.

usage: docs/tools/score_ww_events.py OUT_DIR [SHARED_DIR]
  OUT_DIR: bin/stratex run -q -out OUT_DIR DIR, where DIR holds only
  SHARED_DIR/eval/docs-dev/wikiwars/18_SovietsInAfghanistan.txt
"""
import os
import sys

shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared')
sys.path.insert(0, os.path.join(shared, 'tools'))
import score as S  # noqa: E402

G = os.path.join(shared, 'eval/docs-dev/wikiwars-events/18_SovietsInAfghanistan')
TEXT = os.path.join(shared, 'eval/docs-dev/wikiwars/18_SovietsInAfghanistan.txt')
HEADING = 'Foreign involvement and aid to the mujahideen'
out = sys.argv[1]
text = open(TEXT, encoding='utf-8').read()
cut = text.index(HEADING)
sents = S.load(os.path.join(out, 'sentences.jsonl'))
cutsent = min(s['sent'] for s in sents if s['text'].startswith(HEADING))


def gold_part(o):
    return 'study' if text.index(o['evidence']) < cut else 'rest'


def pred_part(o):
    return 'study' if o['sent'] < cutsent else 'rest'


def sentence_of(evidence):
    for s in sents:
        if evidence[:60] in s['text']:
            return s['sent']
    return -1


def fits(g, p, dated, gs):
    """Whether prediction p may match gold g: same date when dated, same
    sentence when gs is given, and the shared-actor rule of score.py."""
    if (dated and S.date_of(p) != S.date_of(g)) or (gs is not None and p['sent'] != gs):
        return False
    ga = S.actors_of(g)
    return len(ga & S.actors_of(p)) >= (1 if len(ga) <= 1 else 2)


def best_events(gold, pred, dated, same=False):
    """events' figures with a maximum matching (augmenting paths) in place of
    the first-come one: the most gold events a set of predictions can match."""
    pred = [p for p in pred if not dated or S.date_of(p) not in ('', 'None', 'null')]
    adj = []
    for g in gold:
        gs = sentence_of(g['evidence']) if same else None
        adj.append([i for i, p in enumerate(pred) if fits(g, p, dated, gs)])
    owner = {}

    def augment(u, seen):
        for v in adj[u]:
            if v in seen:
                continue
            seen.add(v)
            if v not in owner or augment(owner[v], seen):
                owner[v] = u
                return True
        return False

    tp = sum(augment(u, set()) for u in range(len(gold)))
    return S.prf(tp, len(pred), len(gold))


def events(gold, pred, dated, same=False):
    pred = [p for p in pred if not dated or S.date_of(p) not in ('', 'None', 'null')]
    used, tp = [False] * len(pred), 0
    for g in gold:
        gd, ga = S.date_of(g), S.actors_of(g)
        gs = sentence_of(g['evidence']) if same else None
        best, bo = -1, 0
        for i, p in enumerate(pred):
            if used[i] or (dated and S.date_of(p) != gd) or (same and p['sent'] != gs):
                continue
            ov = len(ga & S.actors_of(p))
            if ov >= (1 if len(ga) <= 1 else 2) and ov > bo:
                best, bo = i, ov
        if best >= 0:
            used[best] = True
            tp += 1
    return S.prf(tp, len(pred), len(gold))


def pairs(gold, pred, same=False):
    key = lambda a, b: tuple(sorted((S.code(a), S.code(b))))
    where = lambda o, gold: (sentence_of(o['evidence']) if gold else o['sent']) if same else 0
    g = [key(o['a'], o['b']) + (where(o, True),) for o in gold if S.code(o['a']) != S.code(o['b'])]
    p = [key(o['a'], o['b']) + (where(o, False),) for o in pred if S.code(o['a']) != S.code(o['b'])]
    return S.multiset_score(g, p)


def line(r):
    return f"P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} (tp={r['tp']} pred={r['pred']} gold={r['gold']})"


gold, pred = S.load(os.path.join(G, 'events.jsonl')), S.load(os.path.join(out, 'events.jsonl'))
gp, pp = S.load(os.path.join(G, 'pairs.jsonl')), S.load(os.path.join(out, 'pairs.jsonl'))
for match, tail in ((events, ''), (best_events, ', best matching')):
    for same, how in ((False, ''), (True, ' by sentence')):
        for part in ('study', 'rest', 'all'):
            sel = lambda xs, f: [x for x in xs if part == 'all' or f(x) == part]
            g, p = sel(gold, gold_part), sel(pred, pred_part)
            w = 21 + len(how) + len(tail)
            print(f"{part:5} {('events' + how + ', dates matched' + tail):{w}}   {line(match(g, p, True, same))}")
            print(f"{part:5} {('events' + how + ', dates ignored' + tail):{w}}   {line(match(g, p, False, same))}")
            print(f"{part:5} {('pairs' + how + tail):{w}}   {line(pairs(sel(gp, gold_part), sel(pp, pred_part), same))}")
