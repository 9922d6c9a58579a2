#!/usr/bin/env python3
"""Compare two `eval ner --errors` / `eval ner-model --errors` files of the same sentences.

usage: python3 testdata/ner-news-dev/nerdiff.py A.jsonl B.jsonl [--show N] [--latin|--nolatin] [--type ORG]
Prints the errors A makes that B does not (A-only missed, A-only spurious) and the reverse, counted and sampled.
Typical: A = the entity stage (`bin/zhextract eval ner --latin-glosses --errors A.jsonl SPANS`),
         B = the model alone (`bin/zhextract eval ner-model --errors B.jsonl SPANS`).
"""
import json, sys, collections, random
args = sys.argv[1:]
show = int(args[args.index('--show') + 1]) if '--show' in args else 20
typ = args[args.index('--type') + 1] if '--type' in args else None
files = [a for a in args if a.endswith('.jsonl')]
def load(f):
    return {json.loads(l)['sentence']: json.loads(l) for l in open(f, encoding='utf-8')}
A, B = load(files[0]), load(files[1])
latin = lambda s: any('a' <= ch.lower() <= 'z' for ch in s)
keep = lambda x: (typ is None or x[2] == typ) and ('--latin' not in args or latin(x[3])) and ('--nolatin' not in args or not latin(x[3]))
out = collections.defaultdict(list)
for k in set(A) | set(B):
    a = A.get(k, {'missed': [], 'spurious': [], 'text': B.get(k, {}).get('text', '')})
    b = B.get(k, {'missed': [], 'spurious': [], 'text': a.get('text', '')})
    for kind in ('missed', 'spurious'):
        sa, sb = {tuple(x) for x in a[kind]}, {tuple(x) for x in b[kind]}
        for x in sa - sb:
            if keep(x): out['A-only ' + kind].append((x[2], x[3], k, a['text']))
        for x in sb - sa:
            if keep(x): out['B-only ' + kind].append((x[2], x[3], k, a['text']))
random.seed(1)
for key in ('A-only missed', 'A-only spurious', 'B-only missed', 'B-only spurious'):
    v = out[key]
    print(f'== {key}: {len(v)}  by type {dict(collections.Counter(t for t, *_ in v))}')
    for t, s, k, text in random.sample(v, min(show, len(v))):
        print(f'  {t} {s!r}  [{k}] {text[:90]}')
