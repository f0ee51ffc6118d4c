#!/bin/bash
# After a merge: build, every dev figure diffed against the previous run (PREV), the ten held-out
# WikiWars histories (/tmp/m0in: docs-dev/wikiwars without 18_SovietsInAfghanistan) diffed
# record by record, vet, gofmt, the tests of extract, pipeline and cmd, and the date and money
# scanners' speed on one core (issue 10's floor is 20 MB/s; the figure of the previous check is
# in /tmp/PREV.scan: compare the two, the machine is noisy).
# usage (from the repository root): docs/tools/merge_check.sh TAG PREV
T=$1; P=$2
if [ ! -d /tmp/m0in ]; then mkdir -p /tmp/m0in; for f in ../shared/eval/docs-dev/wikiwars/*.txt; do case $f in *18_Soviets*) ;; *) cp "$f" /tmp/m0in/;; esac; done; fi
make -s build || exit 1
bash docs/tools/measure_dev.sh /tmp/splits /tmp/$T > /tmp/$T.txt 2>&1
diff /tmp/$P.txt /tmp/$T.txt && echo "== dev figures identical to $P"
bin/stratex run -q -out /tmp/${T}ww /tmp/m0in
python3 docs/tools/diff_records.py /tmp/${P}ww /tmp/${T}ww events > /tmp/${T}ww.evd
python3 docs/tools/diff_records.py /tmp/${P}ww /tmp/${T}ww pairs > /tmp/${T}ww.pd
python3 docs/tools/diff_records.py /tmp/${P}ww /tmp/${T}ww timex > /tmp/${T}ww.td
wc -l /tmp/${T}ww.evd /tmp/${T}ww.pd /tmp/${T}ww.td
go vet ./... && echo vet ok; gofmt -l .
go test ./extract/... ./pipeline/ ./cmd/... 2>&1 | tail -25
go test -c -o /tmp/${T}.scan.test ./extract/ && (cd extract && /tmp/${T}.scan.test -test.run '^$' -test.bench '^BenchmarkScanners$' -test.benchtime 2s -test.cpu 1 | grep '^Benchmark' | tee /tmp/${T}.scan)
[ -f /tmp/${P}.scan ] && echo "previous: $(cat /tmp/${P}.scan)"
