#!/usr/bin/env python3
"""Draw a seeded random sample of asserted events (mode null) from a stratex run, to judge
each event's date against its text: the event's date and date_from, its sentence, the
previous sentence of its paragraph, the dates its paragraph sets before it (timex.jsonl)
and the heading over it (as timex reads one) with the heading's dates.
usage: sample_dating.py OUT [--n 60] [--seed 7] [--skip 18_SovietsInAfghanistan]
                        [--from context] [--after OUT2] [--changed OUT2] [--bin bin/stratex]
Events are ordered by (source file, sentence, line in events.jsonl) before sampling, so the
same run gives the same sample; --n 0 lists them all. --from keeps the events whose
date_from is that value ("none" for undated). --after OUT2 (a later run on the same files)
prints under each sampled event the date OUT2 gives the event of the same sentence, trigger
and type ("gone" when none), to re-judge the same sample after a change. --changed OUT2
lists, instead of a sample, every asserted event of OUT whose date or date_from differs in
OUT2, and every event of OUT2 with no match in OUT. Paragraphs are the lines of the clean
text that `stratex text` prints for each source (the span offsets index it, in characters)."""
import argparse, json, random, subprocess

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--n", type=int, default=60)
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("--skip", default="18_SovietsInAfghanistan")
ap.add_argument("--from", dest="frm")
ap.add_argument("--after")
ap.add_argument("--changed")
ap.add_argument("--bin", default="bin/stratex")
a = ap.parse_args()


def load(path):
    return [json.loads(l) for l in open(path)]


class Run:
    def __init__(self, out):
        self.docs = {o["doc"]: o for o in load(f"{out}/documents.jsonl")}
        self.file = {d: o["source"].split("/")[-1] for d, o in self.docs.items()}
        self.sents, self.timex = {}, {}
        for o in load(f"{out}/sentences.jsonl"):
            self.sents[(o["doc"], o["sent"])] = o
        for o in load(f"{out}/timex.jsonl"):
            self.timex.setdefault((o["doc"], o["sent"]), []).append(o)
        self.events = load(f"{out}/events.jsonl")
        self.texts = {}

    def text(self, doc):
        """The clean text of a document."""
        if doc not in self.texts:
            src = self.docs[doc]["source"]
            r = subprocess.run([a.bin, "text", src], capture_output=True)
            self.texts[doc] = r.stdout.decode("utf-8", "replace")
        return self.texts[doc]

    def para_start(self, doc, sent):
        """The first sentence of sent's paragraph: sentences go back while no line break
        stands between one and the next."""
        t = self.text(doc)
        k = sent
        while k > 0:
            p, s = self.sents.get((doc, k - 1)), self.sents[(doc, k)]
            if p is None or "\n" in t[p["span"][1]:s["span"][0]]:
                break
            k -= 1
        return k

    def heading(self, doc, sent):
        """The heading over sent, as timex reads one: the nearest sentence before it
        that the outline marks a header or that stands alone on its line, short (at
        most twelve words) and with no closing punctuation; None for none."""
        t = self.text(doc)
        for k in range(sent - 1, -1, -1):
            o = self.sents.get((doc, k))
            if o is None:
                return None
            a, b = o["span"]
            alone = (t[:a].rsplit("\n", 1)[-1].strip() == "" and t[b:].split("\n", 1)[0].strip() == "")
            line = o["text"].strip()
            if o.get("zone") == "header" or alone and line and len(line.split()) <= 12 and line[-1] not in '.!?,;:"':
                return o
        return None


def render(o):
    return (f"date={o['date']} from={o['date_from']} {o['type']}/{o['subtype']} "
            f"{','.join(o['source'])}>{','.join(o['target'])} [{o['trigger']}] {o['rule']}")


def dates(run, doc, sent):
    return ", ".join(f"{x['text']!r}={x['value']}" + (" (citation)" if x.get("citation") else "")
                     for x in run.timex.get((doc, sent), []))


def show(run, o):
    doc, s = o["doc"], o["sent"]
    h = run.heading(doc, s)
    if h is not None:
        print(f"    heading s{h['sent']}: {h['text'][:100]}  [{dates(run, doc, h['sent'])}]")
    p0 = run.para_start(doc, s)
    before = [f"s{k}: {dates(run, doc, k)}" for k in range(p0, s) if run.timex.get((doc, k))]
    print(f"    paragraph from s{p0}; its dates before: " + ("; ".join(before) or "none"))
    if p0 < s:
        print(f"    prev s{s-1}: {run.sents[(doc, s-1)]['text']}")
    print(f"    sent s{s}: {o['text']}  [{dates(run, doc, s)}]")


def key(run, o):
    return (run.file[o["doc"]], o["sent"], o["trigger"].lower(), o["type"])


run = Run(a.out)
evs = []
for i, o in enumerate(run.events):
    f = run.file[o["doc"]]
    if a.skip and a.skip in f or o.get("mode"):
        continue
    if a.frm and (o["date_from"] or "none") != a.frm:
        continue
    evs.append((f, o["sent"], i, o))
evs.sort(key=lambda e: e[:3])

if a.changed:
    run2 = Run(a.changed)
    now = {}
    for o in run2.events:
        if not o.get("mode"):
            now.setdefault(key(run2, o), []).append(o)
    seen, n = set(), 0
    for f, s, _, o in evs:
        k = key(run, o)
        seen.add(k)
        got = now.get(k, [])
        if any(e["date"] == o["date"] and e["date_from"] == o["date_from"] for e in got):
            continue
        n += 1
        print(f"{n:3d} {f} s{s} {render(o)}")
        show(run, o)
        print("    after: " + ("; ".join(render(e) for e in got) or "gone"))
    for k, got in sorted(now.items()):
        if k not in seen and not (a.skip and a.skip in k[0]):
            n += 1
            print(f"{n:3d} {k[0]} s{k[1]} new: " + "; ".join(render(e) for e in got))
    print(f"# {n} events changed of {len(evs)}")
    raise SystemExit

n = len(evs) if a.n <= 0 or a.n > len(evs) else a.n
pick = sorted(random.Random(a.seed).sample(range(len(evs)), n))
print(f"# {len(evs)} asserted events; seed {a.seed}; {n} drawn")
later = {}
if a.after:
    run2 = Run(a.after)
    for o in run2.events:
        later.setdefault(key(run2, o), []).append(o)
for k, j in enumerate(pick, 1):
    f, s, _, o = evs[j]
    print(f"{k:3d} {f} s{s} {render(o)}")
    show(run, o)
    if a.after:
        now = later.get(key(run, o), [])
        print("    after: " + ("; ".join(render(e) for e in now) or "gone"))
