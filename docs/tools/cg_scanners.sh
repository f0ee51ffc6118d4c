#!/bin/bash
# Instructions per op of BenchmarkScanners under cachegrind (GOGC=off, (101x - 1x)/100): the whole
# process and our own code under extract/; steadier than wall time on a shared machine.
# usage (from extract/): ../docs/tools/cg_scanners.sh TESTBIN TAG   (TESTBIN from `go test -c -o TESTBIN ./extract/`)
B=$1; T=$2
for n in 1 101; do
  GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/cg_scanners.$T.$n.out $B -test.run '^$' -test.bench '^BenchmarkScanners$' -test.benchtime ${n}x -test.cpu 1 >/dev/null 2>&1
done
python3 - /tmp/cg_scanners.$T.1.out /tmp/cg_scanners.$T.101.out <<'PY'
import sys,re
def load(p):
    tot=0; own=0; fl=None
    for l in open(p):
        if l.startswith('fl='): fl=l[3:].strip()
        elif l[:1].isdigit():
            v=int(l.split()[1]); tot+=v
            if fl and '/extract/' in fl: own+=v
        elif l.startswith('summary:'): pass
    return tot,own
a=load(sys.argv[1]); b=load(sys.argv[2])
print("per op: whole %d, own extract/ %d" % ((b[0]-a[0])//100, (b[1]-a[1])//100))
PY
