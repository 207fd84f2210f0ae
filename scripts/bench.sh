#!/usr/bin/env bash
# `make bench` (which builds dist/ first): builds the wasm break-even sweep, then measures sizes, load,
# redraw latency, sweeps and Lighthouse against the budgets (scripts/bench.mjs). Exits 1 when a budget
# is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release --target wasm32-unknown-unknown --example sweep_wasm
node scripts/bench.mjs dist
