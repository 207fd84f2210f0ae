#!/usr/bin/env bash
# Installs whatever the build (and, with --test, the test suite) needs and is missing. Every step checks
# first, so a second run does nothing and takes a second or two.
#
#   scripts/ensure-tools.sh          wasm target, Trunk, wasm-bindgen-cli, wasm-split-cli, npm packages (wasm-opt)
#   scripts/ensure-tools.sh --test   the same, plus Chromium and ChromeDriver
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The splitter of the release build (scripts/split.mjs): the one cargo-leptos uses, for the wasm_split_helpers
# that leptos depends on.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must be exactly the wasm-bindgen that Cargo.lock resolved.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    as_root apt-get update -qq
    apt_updated=yes
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (takes several minutes, once)"
  # Without LTO and with parallel codegen the build takes about half as long.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes, once)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# It prints no version; cargo's list of installed packages has it.
if ! command -v wasm-split-cli >/dev/null 2>&1 \
  || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (takes a minute or two, once)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if ! command -v npm >/dev/null 2>&1; then
  say "Installing Node.js and npm"
  apt_install nodejs npm
fi

# npm packages from the committed lock file: Playwright, axe-core, Lighthouse, terser and
# csso (release minification) and binaryen (wasm-opt
# 132; Debian's is too old).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/playwright ] \
  || [ package-lock.json -nt node_modules/.installed ]; then
  say "Installing npm packages (the versions in package-lock.json)"
  # Not `npm ci`, which refuses a lock that lacks any optional per-platform package, and the registry
  # here lacks some. `--no-save` installs the locked versions and leaves the lock file as committed.
  npm install --no-save --no-audit --no-fund --loglevel=error
  touch node_modules/.installed
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "Installing Chromium and ChromeDriver"
    apt_install chromium chromium-driver
  fi
  # The workbook's formulas are recalculated by LibreOffice over UNO (scripts/recalc.py, tests/workbook.rs).
  if ! command -v soffice >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import uno' >/dev/null 2>&1; then
    say "Installing LibreOffice Calc (headless) and its Python bridge"
    apt_install --no-install-recommends libreoffice-calc-nogui python3-uno
  fi
fi
