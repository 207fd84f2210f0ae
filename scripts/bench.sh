#!/usr/bin/env bash
# Prints the size of every file of the release build (raw and gzip) and the native time of a full
# break-even sweep. Run through `make bench`, which builds dist/ first.
set -euo pipefail
cd "$(dirname "$0")/.."

printf '%-44s %10s %10s\n' "file (first load)" "raw B" "gzip B"
total_raw=0
total_gz=0
for f in dist/*; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "total" "$total_raw" "$total_gz"
echo
cargo run -q --release --example sweep
