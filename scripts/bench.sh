#!/usr/bin/env bash
# `make bench` (which builds dist/ first): builds the wasm break-even sweep and the release build the
# navigation times are compared with, then measures sizes, load, redraw latency, sweeps and Lighthouse
# against the budgets (scripts/bench.mjs). Exits 1 when a budget is missed.
#
#   BENCH_BASE=<git revision>   the build to compare navigation with (default: the release before
#                               saving moved into the first load, issue 35)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release --target wasm32-unknown-unknown --example sweep_wasm

base=${BENCH_BASE:-ac62118}
rev=$(git rev-parse --short "$base^{commit}")
base_dir="target/bench-base/$rev"
if [ ! -f "$base_dir/dist/index.html" ]; then
  echo "==> Building $rev, the build navigation is compared with (once)"
  rm -rf "$base_dir"
  mkdir -p target/bench-base
  git worktree add -f --detach "$base_dir/src" "$rev" >/dev/null
  ln -s "$PWD/node_modules" "$base_dir/src/node_modules"
  (
    cd "$base_dir/src"
    PATH="$PWD/scripts/split-bin:$PATH" \
      RUSTFLAGS="--cfg erase_components --cfg wasm_split -C link-args=--emit-relocs" \
      CARGO_TARGET_DIR="../target" trunk build --release --dist ../dist
  )
  git worktree remove --force "$base_dir/src"
fi
node scripts/bench.mjs dist "$base_dir/dist" "$rev"
