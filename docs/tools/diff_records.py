#!/usr/bin/env python3
"""Diff two stratex runs record by record, grouped by sentence text: every record of KIND
(events, pairs, timex, entities, ...) that one run has and the other lacks.
usage: diff_records.py OLD NEW [KIND=events]; the count of differing sentences goes to stderr.
Written by the coordinator (session of 2026-12-06, ninth)."""
import json, sys, collections
old, new = sys.argv[1], sys.argv[2]
kind = sys.argv[3] if len(sys.argv) > 3 else "events"
def key(o):
    if kind == "events":
        return (o.get("type"), o.get("subtype"), tuple(o.get("source") or []), tuple(o.get("target") or []), o.get("date"), o.get("trigger"), o.get("mode"))
    if kind == "pairs":
        return (o.get("a"), o.get("b"), o.get("directed"), o.get("relation"), o.get("rule"), o.get("mode"))
    if kind == "timex":
        return (o.get("text"), o.get("value"), o.get("anchor"))
    return tuple(sorted((k, json.dumps(v)) for k, v in o.items() if k not in ("doc", "sent", "span")))
def load(d):
    docs = {}
    for l in open(f"{d}/documents.jsonl"):
        o = json.loads(l); docs[o["doc"]] = o.get("source", o["doc"]).split("/")[-1]
    sents = {}
    for l in open(f"{d}/sentences.jsonl"):
        o = json.loads(l); sents[(o["doc"], o["sent"])] = o["text"]
    recs = collections.defaultdict(list)
    for l in open(f"{d}/{kind}.jsonl"):
        o = json.loads(l); t = sents.get((o["doc"], o["sent"]), o.get("text", ""))
        recs[(docs.get(o["doc"], o["doc"]), t)].append(key(o))
    return recs
A, B = load(old), load(new)
n = 0
for k in sorted(set(A) | set(B)):
    a, b = collections.Counter(A.get(k, [])), collections.Counter(B.get(k, []))
    if a == b: continue
    n += 1
    print(f"## {k[0]}: {k[1][:300]}")
    for r in (a - b).elements(): print("  -", r)
    for r in (b - a).elements(): print("  +", r)
print(f"# {n} sentences differ; {sum(len(v) for v in A.values())} -> {sum(len(v) for v in B.values())} records", file=sys.stderr)
