"""What the sample_*.py readers share: their common arguments and the map from a run's
document ids to source file names. Import it from a script in this folder."""
import argparse
import json


def parser(n, seed, skip="18_SovietsInAfghanistan"):
    """The arguments every sampler takes: the run OUT, --n, --seed, --skip (documents
    whose file name contains it are left out) and --after OUT2 (a later run to re-judge
    the same sample against)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=n)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--skip", default=skip)
    ap.add_argument("--after")
    return ap


def sources(out):
    """A run's document ids mapped to the base names of their source files."""
    src = {}
    for l in open(f"{out}/documents.jsonl"):
        o = json.loads(l)
        src[o["doc"]] = o["source"].split("/")[-1]
    return src


def records(out, name, skip):
    """The records of a run's NAME.jsonl as (file, sentence, line, record), leaving out
    the documents whose file name contains skip."""
    src = sources(out)
    recs = []
    for i, l in enumerate(open(f"{out}/{name}.jsonl")):
        o = json.loads(l)
        f = src[o["doc"]]
        if skip and skip in f:
            continue
        recs.append((f, o["sent"], i, o))
    return recs
