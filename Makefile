# make serve   build the release site and serve it at http://127.0.0.1:8080
# make test    every test layer: lints, native model tests, browser component tests, end-to-end
# make dist    the release site in dist/, ready to host from any path
# make dev     rebuild on change while developing (debug build, http://127.0.0.1:8080)
# make bench   size and speed figures against the budgets (exits 1 when one is missed)
#
# Each target installs what it needs first (scripts/ensure-tools.sh) and skips what is present.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: serve dev dist test lint test-native test-browser test-e2e bench tools test-tools clean

tools:
	@scripts/ensure-tools.sh

test-tools:
	@scripts/ensure-tools.sh --test

# The release build splits the parts of the page that are not shown at first into modules of their own
# (src/ui/split.rs, scripts/split.mjs): `--cfg wasm_split` turns on the split points, the linker keeps the
# relocations the splitter reads, and scripts/split-bin's wasm-bindgen splits before binding. RUSTFLAGS
# replaces the rustflags of .cargo/config.toml, so they are repeated here.
SPLIT_RUSTFLAGS := --cfg erase_components --cfg wasm_split -C link-args=--emit-relocs

dist: tools
	PATH="$(CURDIR)/scripts/split-bin:$$PATH" RUSTFLAGS="$(SPLIT_RUSTFLAGS)" trunk build --release

serve: dist
	node scripts/serve.mjs dist $(PORT)

dev: tools
	trunk serve --port $(PORT)

test: test-tools lint test-native test-browser test-e2e
	@echo "All test layers passed."

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --bins --tests --target wasm32-unknown-unknown -- -D warnings
	# The split points as the release build compiles them (a target directory of their own, so that the two
	# sets of flags do not rebuild each other's).
	RUSTFLAGS="$(SPLIT_RUSTFLAGS)" CARGO_TARGET_DIR=target/split-check \
	  cargo clippy --lib --bins --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test

# The unoptimised test build types into every one of some forty described inputs in one test, which takes
# about 17 s alone: the runner's default of 20 s per test is too close.
test-browser: test-tools
	WASM_BINDGEN_TEST_TIMEOUT=90 cargo test --target wasm32-unknown-unknown --test web

test-e2e: dist
	npx playwright test

bench: test-tools dist
	scripts/bench.sh

clean:
	cargo clean
	rm -rf dist e2e/artifacts test-results
