#!/usr/bin/env python3
"""The war narrative's study part (docs-dev/wikiwars-events, text before the heading
"Foreign involvement and aid to the mujahideen") scored sentence by sentence: each gold
event is counted right only against a predicted event of its own sentence (score.py pools
a document part's events, so a prediction of one sentence can match gold of another).
Prints, for the study part only, how many gold events have a predicted event of their
sentence with the right dyad and date, the right dyad and another date, a wrong dyad, or
none. Never run it on the rest part: that half is scored for totals only.
usage: ww_events_by_sentence.py OUT (a run of bin/stratex on the narrative's text)
Written by the dating3 helper (session of 2026-12-06, fifth)."""
import sys, json
sys.path.insert(0,'/work/shared/tools'); import score as S
shared='/work/shared'
G=shared+'/eval/docs-dev/wikiwars-events/18_SovietsInAfghanistan'
TEXT=shared+'/eval/docs-dev/wikiwars/18_SovietsInAfghanistan.txt'
H='Foreign involvement and aid to the mujahideen'
out=sys.argv[1]
text=open(TEXT).read(); cut=text.index(H)
sents={s['sent']:s['text'] for s in S.load(out+'/sentences.jsonl')}
cs=min(k for k,v in sents.items() if v.startswith(H))
gold=[g for g in S.load(G+'/events.jsonl') if text.index(g['evidence'])<cut]
pred=[p for p in S.load(out+'/events.jsonl') if p['sent']<cs]
def sentof(ev):
    for i,t in sents.items():
        if ev[:60] in t: return i
from collections import Counter
c=Counter()
for g in gold:
    si=sentof(g['evidence']); ga=S.actors_of(g); need=1 if len(ga)<=1 else 2
    ps=[p for p in pred if p['sent']==si and len(ga&S.actors_of(p))>=need]
    if any(S.date_of(p)==S.date_of(g) for p in ps): c['same sentence, right dyad, right date']+=1
    elif ps: c['same sentence, right dyad, wrong/no date']+=1; print('WRONGDATE', si, S.date_of(g), [S.date_of(p) for p in ps], sents[si][:120])
    elif any(p['sent']==si for p in pred): c['same sentence, wrong dyad']+=1
    else: c['no event in its sentence']+=1
print(c)
