# Prints every stratex event (asserted and modal) of each sampled sentence; run only after gold-s42.md was written.
import json, os, sys
R=sys.argv[1] if len(sys.argv)>1 else '/tmp/b11ww'
def load(k): return [json.loads(l) for l in open(f'{R}/{k}.jsonl')]
docs={d['doc']:d['source'].split('/')[-1] for d in load('documents')}
sent={(docs[s['doc']],s['text']):s['sent'] for s in load('sentences')}
ev={}
for e in load('events'): ev.setdefault((docs[e['doc']],e['sent']),[]).append(e)
for o in json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'recall-s42-sample.json'))):
    f=docs.get(o['doc']) or '?'
    # the doc id is the file's content hash, so it is the same in any run on /tmp/m0in; the sentence is found by text
    n=sent.get((f,o['text']))
    print(f"#{o['i']} {f} s{n} {o['text'][:110]}")
    for e in ev.get((f,n),[]):
        print(f"    {'ASSERT' if not e.get('mode') else 'mode='+e['mode']} {e['type']}/{e['subtype']} {','.join(e['source'])}>{','.join(e['target'])} [{e['trigger']}] {e['rule']} date={e['date']}")
