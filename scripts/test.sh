#!/usr/bin/env bash
# Runs every test aiscale has: the suite under g++ and clang++ (Debug), under clang++ with ASan and
# UBSan, then the portability checks and the bounded fuzz runs when those parts are present.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

for preset in gcc clang sanitize; do
  echo "=== ${preset}"
  cmake --workflow --preset "${preset}"
done

if [ -f scripts/ci-portability.sh ]; then
  echo "=== portability"
  bash scripts/ci-portability.sh
fi
if [ -f fuzz/run.sh ]; then
  echo "=== fuzz"
  bash fuzz/run.sh
fi
# The README's first quick-start line (the claims report), exactly as a newcomer would run it.
echo "=== README main example"
readme_line=$(awk '/^## Quick start/ { f = 1 } f && /^cmake --preset/ { print; exit }' README.md)
echo "$readme_line"
bash -c "$readme_line" | tail -n 3
echo "=== all test suites passed"
