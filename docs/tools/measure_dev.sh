#!/bin/bash
# Every development figure the issues ask for, totals only (no -v), from a built bin/stratex:
# both halves of each dev split (made by docs/tools/split_dev.py), the full suites, gold-dev,
# the war narrative's study part and rest (its event lines also with a best matching beside the
# scorer's first-come one, so a fall of one match from matching order shows), and money and
# events on the papers corpus.
# usage (from the repository root): docs/tools/measure_dev.sh [SPLITS=/tmp/splits] [OUT=/tmp/measure]
S=../shared; SPLITS=${1:-/tmp/splits}; R=${2:-/tmp/measure}
[ -d "$SPLITS/wikiwars-even" ] || python3 docs/tools/split_dev.py "$S" "$SPLITS" >/dev/null || exit 1
make -s build >/dev/null || exit 1
rm -rf "$R"; mkdir -p "$R"
echo "== the suites by line parity (odd: studied, even: totals only)"
for k in dates money events; do for h in odd even; do
  echo "-- $k-$h"; bin/stratex eval $k "$SPLITS/$k-$h.jsonl" > "$R/eval-$k-$h.txt" 2>&1
  if [ $k = events ]; then grep -A1 -i -E 'principal|category acc' "$R/eval-$k-$h.txt"; else grep -v '^$' "$R/eval-$k-$h.txt" | tail -6; fi
done; done
echo "== the full suites (make eval)"
for k in dates money events; do
  echo "-- $k"; bin/stratex eval $k "$S/eval/$k-dev.jsonl" > "$R/eval-$k.txt" 2>&1
  if [ $k = events ]; then grep -A1 -i -E 'principal|category acc' "$R/eval-$k.txt"; else tail -6 "$R/eval-$k.txt"; fi
done
echo "== docs-dev by document (even: studied, odd: totals only)"
for c in wikiwars meantime; do for h in even odd; do
  d="$SPLITS/$c-$h"; bin/stratex run -q -out "$R/$c-$h" "$d" >/dev/null 2>&1
  echo "-- $c-$h (no document dates)"; python3 $S/tools/score_docs.py "$d" "$R/$c-$h" 2>&1 | tail -3
  if [ $c = meantime ]; then
    bin/stratex run -q -doc-dates "$d/dates.tsv" -out "$R/$c-$h-dct" "$d" >/dev/null 2>&1
    echo "-- $c-$h (-doc-dates)"; python3 $S/tools/score_docs.py "$d" "$R/$c-$h-dct" 2>&1 | tail -3
  fi
done; done
echo "== gold-dev (make gold-dev)"
bin/stratex run -q -out "$R/gold-dev" testdata/eval/seed-first-half.txt >/dev/null 2>&1
python3 $S/tools/score.py $S/eval/gold-dev "$R/gold-dev"
echo "== the war narrative (docs-dev/wikiwars-events), study part and rest"
mkdir -p "$R/af" && cp $S/eval/docs-dev/wikiwars/18_SovietsInAfghanistan.txt "$R/af/"
bin/stratex run -q -out "$R/afo" "$R/af" >/dev/null 2>&1
python3 docs/tools/score_ww_events.py "$R/afo" $S
echo "== the papers corpus: money and events records per paper"
bin/stratex run -q -out "$R/papers" $S/corpus/papers >/dev/null 2>&1
python3 - "$R/papers" <<'PY'
import collections, json, sys
d = sys.argv[1]
src = {}
for l in open(f"{d}/documents.jsonl"):
    o = json.loads(l); src[o["doc"]] = o["source"].split("/")[-1]
for kind, skip in (("money", "polsci_curiel_deluca2024"), ("events", "ir_")):
    c = collections.Counter(src[json.loads(l)["doc"]] for l in open(f"{d}/{kind}.jsonl"))
    other = {k: v for k, v in c.items() if not k.startswith(skip)}
    print(f"{kind}: {sum(c.values())} in all; {sum(other.values())} on the papers other than {skip}*: {other}")
PY
