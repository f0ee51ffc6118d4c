#!/usr/bin/env python3
"""Generate extract/actor/data/actors/subdivisions.tsv from Debian's iso-codes.

Every first-level subdivision of ISO 3166-2 (provinces, states, regions,
governorates...) becomes a place that is never an actor, with the state it
lies in (in:CODE), so that "in Sindh" or "at Kandahar Province" can name an
event's target but never its actor. Left out: names that are already actor
or place forms of the vocabulary (Washington, Georgia, Punjab...), names
shared by subdivisions of two states, names of three letters or fewer, and
names that are a common English word or a compass/size word (Central,
Eastern, Capital, Coast, Lakes, Upper...).

    apt-get install iso-codes wamerican
    python3 docs/tools/gen_subdivisions.py > extract/actor/data/actors/subdivisions.tsv
"""
import json, os, sys, unicodedata, collections

ISO = "/usr/share/iso-codes/json"
ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
ACTORS = os.path.join(ROOT, "extract", "data", "actors")

a3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(open(f"{ISO}/iso_3166-1.json"))["3166-1"]}
subs = json.load(open(f"{ISO}/iso_3166-2.json"))["3166-2"]

known = set()
for f in os.listdir(ACTORS):
    if f.endswith(".tsv") and f != "subdivisions.tsv":
        for line in open(os.path.join(ACTORS, f), encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 3:
                known.update(x.strip().lower() for x in cols[3].split("|"))

# common words only: the dictionary's lower-case entries (it lists "Texas" too)
english = set(w.strip() for w in open("/usr/share/dict/words", encoding="utf-8") if w.strip().islower())
stop = {"central", "northern", "southern", "eastern", "western", "capital", "coast", "coastal", "lakes",
        "upper", "lower", "north", "south", "east", "west", "centre", "center", "nord", "sud", "est",
        "ouest", "norte", "sur", "centro", "oriental", "occidental", "islands", "island", "river",
        "highlands", "lowlands", "plateau", "mountain", "mountains", "valley", "delta", "federal",
        "national", "metropolitan", "city", "region", "province", "district", "littoral", "interior"}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def forms(name):
    out = []
    for part in name.replace(" / ", "|").split("|"):
        part = part.split(" [")[0].split(" (")[0].strip()
        if part:
            out.append(part)
            f = ascii_fold(part)
            if f != part:
                out.append(f)
    return out


by_name = collections.defaultdict(set)
rows = collections.defaultdict(list)
for s in subs:
    if "parent" in s:  # first level only
        continue
    cc = s["code"].split("-")[0]
    if cc not in a3:
        continue
    for f in forms(s["name"]):
        by_name[f.lower()].add(a3[cc])
        rows[(a3[cc], s["name"])].append(f)

print("# First-level subdivisions of every state (ISO 3166-2), as places that are never")
print("# actors; the note gives the state they lie in. Generated from Debian's iso-codes")
print("# (LGPL-2.1+, https://salsa.debian.org/iso-codes-team/iso-codes) by")
print("# docs/tools/gen_subdivisions.py, which lists what it leaves out and why.")
print("# Format: see states.tsv.")
for (code, name) in sorted(rows):
    keep = []
    for f in rows[(code, name)]:
        low = f.lower()
        words = low.replace("-", " ").split()
        if (low in known or len(by_name[low]) > 1 or sum(c.isalpha() for c in f) <= 3
                or (len(words) == 1 and (low in english or low in stop)) or all(w in stop or w in english for w in words)
                or any(c in f for c in "\t|")):
            continue
        if f not in keep:
            keep.append(f)
    if keep:
        print(f"-\tGPE\tprovince\t{'|'.join(keep)}\t\t\tin:{code}")
