# stratex: make run (sample corpus into ./out), make test (everything CI runs).
GO      ?= go
BIN     := bin/stratex
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build run test race vet bench fuzz golden clean

build: ; $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/stratex
run: build ; ./$(BIN) run -out out
test: vet ; $(GO) test -count=1 ./...
race: ; $(GO) test -race -count=1 ./pipeline/... ./output/... ./corpus/...
vet: ; $(GO) vet ./... && test -z "$$(gofmt -l .)" || (gofmt -l .; exit 1)
bench: ; $(GO) test -run '^$$' -bench . -benchmem ./...
fuzz: ; $(GO) test -run '^$$' -fuzz FuzzClean -fuzztime 10s ./extract
golden: ; $(GO) test ./pipeline -run Golden -update
clean: ; rm -rf bin out
