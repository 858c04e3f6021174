# The two commands a new machine needs: `make serve` and `make test`.
# Every target installs what is missing first (scripts/setup.sh, pinned and idempotent).

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

# The path the app is served under on the static host; `/` for a domain root.
PUBLIC_URL ?= /
# The sub-path the browser tests host the release build under, as a CDN would.
E2E_PUBLIC_URL := /roadmap/

.PHONY: setup serve test lint unit dist e2e-dist e2e stats size bench clean

setup:
	@bash scripts/setup.sh

## Serve the app with live reload on http://127.0.0.1:8080
serve: setup
	trunk serve --address 127.0.0.1 --port 8080

## Run every check: formatting, lints (native and wasm32), native tests, release build, browser tests.
test: setup lint unit e2e-dist e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test

## Build the release into dist/ for a static host: `make dist PUBLIC_URL=/sub/path/`
dist: setup
	bash scripts/build-dist.sh "$(PUBLIC_URL)" dist

e2e-dist:
	bash scripts/build-dist.sh "$(E2E_PUBLIC_URL)" target/e2e-dist

e2e:
	E2E_DIST=target/e2e-dist E2E_BASE=$(E2E_PUBLIC_URL) npx playwright test --config tests/e2e/playwright.config.mjs

## Print the content's figures: topics, resources by kind, per plan stages, weeks and topics.
stats:
	cargo run --quiet --bin content-stats

clean:
	rm -rf dist target/e2e-dist

## Benchmark the release: Lighthouse, interaction timings and bytes (target/bench/report.json).
bench: setup
	bash scripts/build-dist.sh / target/bench-dist
	node scripts/bench.mjs target/bench-dist 3

## Print the shipped bytes of the e2e build (wasm, JS, CSS; raw and brotli).
size: e2e-dist
	node scripts/size-report.mjs target/e2e-dist
