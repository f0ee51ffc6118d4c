#!/usr/bin/env python3
"""Generate extract/money/data/iso4217.tsv: every ISO 4217 currency, current and
historical, as the money scanner's code, name and context rows.

Inputs:
- Debian's iso-codes (ISO 4217 list one: the current codes and their names);
- docs/tools/iso4217_historic.tsv: the codes iso-codes does not give (list three,
  the historic denominations, and codes newer than iso-codes), each with its entity;
- docs/tools/currency_heads.tsv: the head nouns of currency names ("rupee"), their
  spellings and plurals, what the bare word means, and its abbreviations;
- extract/actor/data/actors/states.tsv: each state's short name and demonyms, for
  the adjective forms ("Pakistani rupees", "Soviet roubles", "French francs");
- extract/money/data/currencies.tsv: the hand-written forms (symbols, minor units,
  colloquial names); a code or name written there is not written again;
- /usr/share/dict/words: a code that is also a common English word ("ALL", "TOP",
  "TRY"), like the code of a fund or a unit of account ("BEL", also the Brussels
  index "BEL 20"), gets the flag "word" (money only with decimals or a scale
  word); a bare head that is a word or a name and is not in currency_heads.tsv is
  left out.

What it writes:
- one code row per code (not XXX and XTS, the codes of no currency);
- name rows: each ISO name with the plural of its head, and the forms "<demonym>
  <head>" and "<state> <head>" of the currency's entity; a form two currencies share
  goes to the current one, else to the one withdrawn last; the names of funds, units
  of account and metals are left out (codes only);
- the bare head of a currency used by one country as a name row ("kwanza", "birr");
  of a head used by several countries, a context row that maps each country to its
  currency and gives the head's default (currency_heads.tsv) in the code column.

    apt-get install iso-codes wamerican
    python3 docs/tools/gen_currencies.py > extract/money/data/iso4217.tsv
"""
import collections
import json
import os
import sys

ISO = "/usr/share/iso-codes/json"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")

# Codes that name a fund, a unit of account, a metal or no currency: code rows only.
NO_NAMES = {"BOV", "CHE", "CHW", "CHC", "CLF", "COU", "ECV", "ESA", "ESB", "MXV", "USN", "USS", "UYI", "UYW",
            "XAG", "XAU", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XTS", "XXX", "XRE", "XFO", "XFU",
            "BEC", "BEL", "LUC", "LUL", "ZAL", "BGJ", "BGK", "CSJ", "ROK"}
NO_CODE = {"XTS", "XXX"}


def tsv(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        yield [c.strip() for c in line.split("\t")]


def split(s):
    return [] if s in ("", "-") else [x.strip() for x in s.split("|") if x.strip()]


# --- currencies: code -> (name, entity, rank); rank orders the claims on a shared form
a3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(open(f"{ISO}/iso_3166-1.json"))["3166-1"]}
cur = {}
for c in json.load(open(f"{ISO}/iso_4217.json"))["4217"]:
    code = c["alpha_3"]
    ent = a3.get(code[:2], "-") if code[0] != "X" and code != "EUR" else "-"
    cur[code] = {"name": c["name"], "entity": ent, "rank": (2, 9999), "names": code not in NO_NAMES}
for f in tsv(os.path.join(HERE, "iso4217_historic.tsv")):
    code, name, ent, year, status = (f + [""] * 5)[:5]
    rank = {"current": (2, 9999), "replaced": (1, int(year or 0)), "withdrawn": (1, int(year or 0)), "codeonly": (0, 0)}[status]
    cur[code] = {"name": name, "entity": ent, "rank": rank, "names": status != "codeonly" and code not in NO_NAMES}

# --- heads
heads = {}
spelling = {}
for f in tsv(os.path.join(HERE, "currency_heads.tsv")):
    head, spell, plur, default, flags, forms = (f + [""] * 6)[:6]
    heads[head] = {"spellings": split(spell), "plurals": split(plur), "default": "" if default == "-" else default,
                   "flags": flags.split(), "forms": split(forms)}
    spelling[head] = head
    for s in split(spell):
        spelling[s.lower()] = head

# --- states: short name and singular demonyms of each actor code
state_name, demonyms, actor_forms = {}, collections.defaultdict(list), set()
for f in tsv(os.path.join(ROOT, "extract", "actor", "data", "actors", "states.tsv")):
    code, label, kind, forms = f[0], f[1], f[2], split(f[3])
    actor_forms.update(x.lower() for x in forms)
    if kind in ("state", "territory") and code not in state_name and forms:
        state_name[code] = forms[0]
    if kind == "demonym":
        # adjectives only: "Pakistani", "Swiss", not "Pakistanis", "Frenchmen", "New Zealander"
        for d in forms:
            if (not d.endswith("s") or d.endswith("ss")) and not d.endswith(("er", "men", "hman", "sman")):
                demonyms[code].append(d)

# --- what currencies.tsv writes by hand
hand_codes, hand_forms = set(), set()
for f in tsv(os.path.join(ROOT, "extract", "money", "data", "currencies.tsv")):
    if len(f) < 3:
        continue
    if f[1] == "minor":
        continue
    if f[1] == "code":
        hand_codes.add(f[0])
    for x in split(f[2]):
        hand_forms.add(x.lower())

dictionary, common = set(), set()
for w in open("/usr/share/dict/words", encoding="utf-8"):
    w = w.strip()
    if w and "'" not in w:
        dictionary.add(w.lower())
        if w.islower():
            common.add(w)


def is_word(w):
    return w.lower() in dictionary or w.lower() in actor_forms


def head_of(name):
    words = name.replace("-", " ").split()
    for w in words:
        if w.lower() in spelling:
            return spelling[w.lower()], w
    return words[-1].lower(), words[-1]


def plurals(head):
    h = heads.get(head)
    out = [] if head.endswith("s") else [head + "s"]
    if h:
        for p in h["plurals"]:
            if p not in out:
                out.append(p)
        for s in h["spellings"]:
            if not s.endswith("s") and s + "s" not in out:
                out.append(s + "s")
    return out


def spellings(head):
    return [head] + (heads[head]["spellings"] if head in heads else [])


# --- name forms, each claimed by the currencies that could mean it
claims = collections.defaultdict(list)  # form -> [(rank, code)]
users = collections.defaultdict(dict)  # head -> entity -> (rank, code)


def claim(form, code):
    claims[form].append((cur[code]["rank"], code))


for code, c in sorted(cur.items()):
    if not c["names"]:
        continue
    name = c["name"]
    if any(ch in name for ch in "()/\""):
        continue
    head, written = head_of(name)
    ent = c["entity"]
    if ent != "-":
        prev = users[head].get(ent)
        if prev is None or c["rank"] > prev[0]:
            users[head][ent] = (c["rank"], code)
    elif head not in heads:
        users[head]["-" + code] = (c["rank"], code)
    words = name.split()
    if len(words) > 1:
        # the ISO name, and the same name with each spelling and plural of its head
        for h in spellings(head) + plurals(head):
            claim(" ".join(h if w == written else w for w in words), code)
    for adj in ([state_name[ent]] if ent in state_name else []) + demonyms.get(ent, []):
        if "(" in adj or adj.lower() in spellings(head):
            continue
        for h in spellings(head) + plurals(head):
            claim(f"{adj} {h}", code)

rows = []  # (code, kind, forms, extra)
for code, c in sorted(cur.items()):
    if code not in NO_CODE and code not in hand_codes:
        rows.append((code, "code", [code], "word" if code.lower() in common or code in NO_NAMES else ""))

by_code = collections.defaultdict(list)
for form, cl in claims.items():
    if form.lower() in hand_forms:
        continue
    cl.sort(reverse=True)
    if len(cl) > 1 and cl[0][0] == cl[1][0] and cl[0][1] != cl[1][1]:
        print(f"gen_currencies: {form!r} is claimed by {cl[0][1]} and {cl[1][1]} alike; left out", file=sys.stderr)
        continue
    by_code[cl[0][1]].append(form)
for code in sorted(by_code):
    rows.append((code, "name", sorted(set(by_code[code]), key=lambda s: (s.lower(), s)), ""))

# bare heads
for head in sorted(users):
    ents = users[head]
    h = heads.get(head, {"flags": [], "forms": [], "default": ""})
    flags = h["flags"]
    if "nobare" in flags:
        continue
    forms = [f for f in spellings(head) + plurals(head) if f.lower() not in hand_forms]
    if not forms:
        continue
    if head not in heads and is_word(head):
        print(f"gen_currencies: bare {head!r} is an English word or a name; left out (add it to currency_heads.tsv)", file=sys.stderr)
        continue
    extra = [x for x in flags if x in ("word", "unit")]
    abbrev = [f for f in h["forms"] if not f.endswith(":one")]
    ones = [f[:-4] for f in h["forms"] if f.endswith(":one")]
    # A word-like head with a plural of its own is money after a number other
    # than one only in the plural ("5,000 marks", not "the 5000 mark").
    groups = [(forms + abbrev, extra)]
    if "word" in extra and head in heads and heads[head]["plurals"]:
        single = [f for f in forms if f in spellings(head)]
        groups = [(single, extra + ["singular"]), ([f for f in forms if f not in single] + abbrev, extra)]
    if ones:
        groups.append((ones, extra + ["one"]))
    codes = {code for _, code in ents.values()}
    if len(codes) == 1:
        code = h["default"] or next(iter(codes))
        for fs, ex in groups:
            if fs:
                rows.append((code, "name", fs, " ".join(ex)))
        continue
    pairs = " ".join(f"{e}:{code}" for e, (_, code) in sorted(ents.items()) if not e.startswith("-"))
    default = h["default"] or "XXX"
    if not h["default"]:
        print(f"gen_currencies: {head!r} has no default ({', '.join(sorted(codes))}); its figures without context are XXX", file=sys.stderr)
    for fs, ex in groups:
        if fs:
            rows.append((default, "context", fs, " ".join(ex + [pairs])))

print("# Every ISO 4217 currency, current and historical: its code, its names and the")
print("# bare words several countries' currencies share. Generated by")
print("# docs/tools/gen_currencies.py from Debian's iso-codes (LGPL-2.1+), ISO 4217 list")
print("# three (docs/tools/iso4217_historic.tsv), the head nouns of currency names")
print("# (docs/tools/currency_heads.tsv) and the states' demonyms; do not edit by hand,")
print("# add forms to currencies.tsv or extend with -vocab currencies=FILE.")
print("# Format: see currencies.tsv.")
for code, kind, forms, extra in rows:
    print(f"{code}\t{kind}\t{'|'.join(forms)}\t{extra}".rstrip("\t"))
