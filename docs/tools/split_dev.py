#!/usr/bin/env python3
"""Split the development sets in two, as the issues ask, into OUT (default /tmp/splits):

  OUT/{wikiwars,meantime}-{even,odd}/  the docs-dev documents by sorted name, 0-based
      even/odd, each folder with its own gold.jsonl and dates.tsv (texts are symlinks);
      study the even halves, total the odd ones;
  OUT/{dates,money,events}-{odd,even}.jsonl  the public suites by line parity (line 1 is
      odd); study the odd lines, total the even ones.

usage: docs/tools/split_dev.py [SHARED_DIR] [OUT]"""
import json
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared')
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/splits'
os.makedirs(out, exist_ok=True)

for corpus in ('wikiwars', 'meantime'):
    src = os.path.join(shared, 'eval', 'docs-dev', corpus)
    names = sorted(n for n in os.listdir(src) if n.endswith('.txt'))
    gold = {}
    for line in open(os.path.join(src, 'gold.jsonl'), encoding='utf-8'):
        if line.strip():
            gold[json.loads(line)['doc']] = line
    dates = {}
    p = os.path.join(src, 'dates.tsv')
    if os.path.exists(p):
        for line in open(p, encoding='utf-8'):
            if line.strip():
                dates[line.split('\t')[0]] = line
    for half, keep in (('even', 0), ('odd', 1)):
        d = os.path.join(out, f'{corpus}-{half}')
        os.makedirs(d, exist_ok=True)
        sel = [n for i, n in enumerate(names) if i % 2 == keep]
        with open(os.path.join(d, 'gold.jsonl'), 'w', encoding='utf-8') as g, \
                open(os.path.join(d, 'dates.tsv'), 'w', encoding='utf-8') as t:
            for n in sel:
                link = os.path.join(d, n)
                if os.path.lexists(link):
                    os.remove(link)
                os.symlink(os.path.abspath(os.path.join(src, n)), link)
                if n in gold:
                    g.write(gold[n])
                if n in dates:
                    t.write(dates[n])
        print(d, len(sel), 'documents')

for suite in ('dates', 'money', 'events'):
    lines = [l for l in open(os.path.join(shared, 'eval', f'{suite}-dev.jsonl'), encoding='utf-8')]
    for half, keep in (('odd', 0), ('even', 1)):
        p = os.path.join(out, f'{suite}-{half}.jsonl')
        with open(p, 'w', encoding='utf-8') as f:
            f.writelines(l for i, l in enumerate(lines) if i % 2 == keep)
        print(p, sum(1 for i, _ in enumerate(lines) if i % 2 == keep), 'lines')
