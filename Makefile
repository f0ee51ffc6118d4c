# stratex: make run (sample corpus into ./out), make test (everything CI runs).
GO      ?= go
BIN     := bin/stratex
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
SHARED  ?= ../shared

.PHONY: build run report report-png test crash race vet bench fuzz fuzz-brief golden eval gold-dev pdf-eval slurm-test vocab clean

build: ; $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/stratex
run: build ; ./$(BIN) run -out out
# one HTML page of the run in ./out (after make run): out/report.html
report: build ; ./$(BIN) report out
# docs/report.png, the README's screenshot: the browser test's screenshot of the sample report (needs chromium)
report-png: ; STRATEX_REPORT_PNG=$(CURDIR)/docs/report.png $(GO) test -count=1 -run '^TestReportInBrowser$$' ./cmd/stratex
test: vet ; $(GO) test -count=1 ./... && $(MAKE) --no-print-directory fuzz-brief
# the PDF boundary under fuzzing: bytes in, a document or an error out, never a crash of the parent.
# Budgets are counts, not durations: Go 1.26's fuzz coordinator can report its own
# -fuzztime deadline as a failure (go.dev/issue/75804, fixed in Go 1.27); a new
# interesting input is minimized for 50 runs, not the default minute. One worker: on a
# loaded machine (load 12-20 on 2 cores) parallel workers were reported "hung or terminated
# unexpectedly" on inputs that pass when run alone; one worker passed there (88 s).
fuzz-brief: ; $(GO) test -run '^$$' -fuzz '^FuzzPDFBoundary$$' -fuzztime 20000x -fuzzminimizetime 50x -parallel 1 -timeout 5m ./pipeline
# kill -9, SIGINT, a full disk and a read-only folder against real runs, again and again (minutes;
# root for the tmpfs mounts): each resumed output byte-identical to a run never stopped, no line twice
crash: ; STRATEX_CRASH=20 $(GO) test -count=1 -run '^TestCrash' -timeout 30m -v ./cmd/stratex
race: ; $(GO) test -race -count=1 ./pipeline/... ./output/... ./corpus/...
vet: ; $(GO) vet ./... && test -z "$$(gofmt -l .)" || (gofmt -l .; exit 1)
# one run, one machine: pipeline docs/s, pages/s, KB/s per core, peak RSS; PDF stage vs pdftotext;
# NLP stage vs bare prose; wall time for the corpus x1, x4, x16; each text stage's time on 6k, 24k and
# 96k tokens of unpunctuated text, and -timeout 1s on it. Then the Go micro-benchmarks.
bench: build
	$(GO) run ./cmd/bench -stratex $(BIN) $(SHARED)/corpus/papers
	$(GO) test -run '^$$' -bench . -benchmem ./extract/... ./pipeline
# the scanners (200,000 inputs each); sentences, entities and events through every stage (10,000 each:
# prose makes an input cost milliseconds); the PDF reader.
fuzz: ; for t in FuzzClean:text FuzzTimex:timex FuzzMoney:money; do $(GO) test -run '^$$' -fuzz "^$${t%%:*}\$$" -fuzztime 200000x ./extract/$${t#*:} || exit 1; done; for t in FuzzSentences:text FuzzEntities:actor FuzzEvents:event; do $(GO) test -run '^$$' -fuzz "^$${t%%:*}\$$" -fuzztime 10000x -timeout 20m ./extract/$${t#*:} || exit 1; done; $(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime 300000x -timeout 20m ./extract/pdf
golden: ; $(GO) test ./pipeline -run Golden -update
eval: build ; for s in dates money events; do ./$(BIN) eval $$s $(SHARED)/eval/$$s-dev.jsonl || exit 1; done
gold-dev: build ; ./$(BIN) run -q -out out/gold-dev testdata/eval/seed-first-half.txt && python3 $(SHARED)/tools/score.py $(SHARED)/eval/gold-dev out/gold-dev
# our PDF text against poppler's pdftotext, or tesseract's OCR of the pages where pdftotext's text is
# unreadable (test oracles only: apt-get install poppler-utils tesseract-ocr; OCR kept in out/pdfeval-ocr)
pdf-eval: ; $(GO) run ./cmd/pdfeval $(SHARED)/corpus/papers testdata/sample/russo-pak-1col.pdf testdata/sample/russo-pak-2col.pdf
# a real single-node Slurm runs the sample corpus as a 4-task array (root, Debian; rewrites /etc/slurm/slurm.conf)
slurm-test: ; .ci/slurm-test.sh
# the actor and verb data generated from the field's dictionaries (../shared/vendor): see cmd/vocabgen
vocab: ; $(GO) run ./cmd/vocabgen -vendor $(SHARED)/vendor -out .
clean: ; rm -rf bin out
