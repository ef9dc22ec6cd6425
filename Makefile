# Samarbeid: every command a developer or CI runs. `make help` lists them.
#
#   make run    installs what is missing, builds, and runs the product
#   make test   the whole test suite, as CI runs it (.ci/run)

SHELL := /bin/bash
SWIFT ?= swift
VENV := .venv
PYTHON := $(VENV)/bin/python
PY_PACKAGES := protobuf==6.33.6 grpcio==1.78.0 grpcio-tools==1.78.0
FUZZ_SECONDS ?= 60
PROTOBUF_SWIFT_VERSION := 1.39.0

.PHONY: help run build test lint format golden venv bench-codec bench-codegen fuzz clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

run: build ## build and run the product (until the server lands: decode a sample message)
	@echo "Decoding docs/samples/grant-application.bin (samarbeid.bench.GrantApplication) without its schema:"
	.build/release/protowire-dump docs/samples/grant-application.bin

build: ## build everything (release)
	$(SWIFT) build -c release

test: lint venv ## the whole suite: format check, warnings as errors, unit, golden and property tests
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint: ## check formatting (swift format, .swift-format)
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks/Sources Fuzz/Sources Package.swift

format: ## reformat the sources in place
	$(SWIFT) format format --in-place --recursive Sources Tests Benchmarks/Sources Fuzz/Sources Package.swift

venv: $(VENV)/.installed ## Python virtual environment with protobuf and grpcio-tools

$(VENV)/.installed:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet $(PY_PACKAGES)
	touch $@

golden: venv ## regenerate the codec's golden vectors with Python's protobuf package
	$(PYTHON) Tests/ProtoWireTests/Golden/generate_vectors.py

bench-codec: ## ProtoWire vs swift-protobuf on a ~1 KB grant application (release build)
	cd Benchmarks && $(SWIFT) build -c release --product CodecBenchmark
	Benchmarks/.build/release/CodecBenchmark 9 100000

bench-codegen: venv ## regenerate swift-protobuf's code for the benchmark message (needs protoc-gen-swift)
	rm -rf .build-protoc-gen-swift
	git clone --quiet --branch $(PROTOBUF_SWIFT_VERSION) https://github.com/apple/swift-protobuf.git .build-protoc-gen-swift
	cd .build-protoc-gen-swift && $(SWIFT) build -c release --product protoc-gen-swift
	$(PYTHON) -m grpc_tools.protoc -IBenchmarks/proto \
	  --plugin=protoc-gen-swift=.build-protoc-gen-swift/.build/release/protoc-gen-swift \
	  --swift_out=Benchmarks/Sources/CodecBenchmark/Generated Benchmarks/proto/grant_application.proto

fuzz: ## fuzz the decoder with libFuzzer for FUZZ_SECONDS (default 60)
	# --sanitize links libFuzzer's main; -Xswiftc instruments every module for coverage.
	cd Fuzz && $(SWIFT) build -c release --product FuzzDecoder --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	mkdir -p .build-fuzz/corpus
	Fuzz/.build/release/FuzzDecoder -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -max_len=4096 .build-fuzz/corpus Fuzz/Corpus

clean: ## remove build products
	rm -rf .build Benchmarks/.build Fuzz/.build .build-fuzz .build-protoc-gen-swift
