#!/usr/bin/env bash
# Builds each libFuzzer target with clang (ASan + UBSan) and runs it for a bounded time on a copy
# of its committed seed corpus: fuzz/run.sh [seconds per target, default 20] [target ...]. The
# random seed is fixed (FUZZ_SEED, default 1) so that a CI run is repeatable; set it to explore.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse parse_as extract format check)
cxx="${CXX_FUZZ:-clang++}"
out="$root/build/fuzz"
mkdir -p "$out"
for t in "${targets[@]}"; do
  echo "== $t: building"
  "$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -I"$root/include" "$root/fuzz/${t}_fuzz.cpp" -o "$out/${t}_fuzz"
  work="$out/${t}_corpus"
  rm -rf "$work" && mkdir -p "$work"
  echo "== $t: fuzzing for ${seconds}s"
  # New inputs go to the scratch folder (first); the committed seeds (second) stay as they are.
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$out/${t}_fuzz" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len=512 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/${t}_" "$work" "$root/fuzz/corpus/$t" 2>&1 | tail -n 12
done
echo "== all fuzz targets ran clean"
