#!/usr/bin/env bash
# Compile time and peak compiler memory of aiscale against plain doubles and <chrono>, with g++ and
# clang++ in one run: include-only TUs and a "figures" TU written four ways (compile_time/*.cpp): raw
# doubles, <chrono>, aiscale through the umbrella <aiscale/aiscale.hpp>, and through <aiscale/units.hpp>.
# Usage: benchmarks/compile_time.sh [repetitions]   (default 7; the median of them is reported)
# Environment: COMPILERS="g++ clang++", FLAGS="-std=c++20 -O2" (the flags of every compile),
# INCLUDE=<dir> to measure another copy of the headers (an older commit's include/, say).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
inc=${INCLUDE:-$root/include}
reps=${1:-7}
compilers=${COMPILERS:-"g++ clang++"}
flags=${FLAGS:-"-std=c++20 -O2"}
tus="include_double include_chrono include_units include_aiscale figures_double figures_chrono figures_aiscale figures_units"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Peak resident memory of a command and its children, in KiB: GNU time where there is one, else
# getrusage(RUSAGE_CHILDREN) from Python (both include the compiler proper, cc1plus or clang -cc1).
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then
  peak_kib() { /usr/bin/time -f %M -o "$work/mem" "$@" && cat "$work/mem"; }
elif command -v python3 >/dev/null; then
  peak_kib() {
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
  }
else
  echo "compile_time.sh needs GNU time (/usr/bin/time) or python3 to measure memory" >&2
  exit 1
fi

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

compile() {  # compiler tu: prints "seconds KiB"
  local start end kib
  start=$EPOCHREALTIME
  # shellcheck disable=SC2086  # flags are words on purpose
  kib=$(peak_kib "$1" $flags -I"$inc" -c "$here/compile_time/$2.cpp" -o "$work/out.o")
  end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}') $kib"
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
echo "flags: $flags -c; $reps repetitions, median reported; ratios are against <chrono> in the same run"
for cxx in $compilers; do
  echo
  echo "$("$cxx" --version | head -1)"
  for tu in $tus; do compile "$cxx" "$tu" >/dev/null; done  # warm the file cache
  for ((r = 0; r < reps; ++r)); do
    for tu in $tus; do compile "$cxx" "$tu" >>"$work/$cxx.$tu"; done  # interleaved: drift hits all alike
  done
  declare -A sec kib
  for tu in $tus; do
    sec[$tu]=$(cut -d' ' -f1 "$work/$cxx.$tu" | median)
    kib[$tu]=$(cut -d' ' -f2 "$work/$cxx.$tu" | median)
  done
  # Memory is also shown above the empty TU's, the compiler's own footprint (about 90 MiB for clang).
  printf '  %-16s %9s %9s %10s %9s %10s\n' TU "time (s)" "vs chrono" "peak (MiB)" "vs chrono" "above empty"
  for tu in $tus; do
    case $tu in include_*) ref=include_chrono ;; *) ref=figures_chrono ;; esac
    awk -v tu="$tu" -v s="${sec[$tu]}" -v rs="${sec[$ref]}" -v k="${kib[$tu]}" -v rk="${kib[$ref]}" \
      -v k0="${kib[include_double]}" \
      'BEGIN {printf "  %-16s %9.3f %9.2f %10.1f %9.2f %10.1f\n", tu, s, s / rs, k / 1024, k / rk, (k - k0) / 1024}'
  done
  awk -v fa="${sec[figures_aiscale]}" -v fc="${sec[figures_chrono]}" -v iu="${sec[include_units]}" \
    -v ic="${sec[include_chrono]}" -v mu="${kib[include_units]}" -v mf="${kib[figures_units]}" \
    -v ma="${kib[include_aiscale]}" -v k0="${kib[include_double]}" 'BEGIN {
      printf "  goal: figures TU with the umbrella no slower than chrono (%.2f): %s\n", fa / fc, fa <= fc ? "met" : "MISSED"
      printf "  goal: <aiscale/units.hpp> cheaper than <chrono> (%.2f): %s\n", iu / ic, iu < ic ? "met" : "MISSED"
      m = mu > mf ? mu : mf
      printf "  goal: peak memory < 100 MiB for units.hpp and figures (%.1f MiB, %.1f above empty): %s\n", m / 1024,
             (m - k0) / 1024, m < 102400 ? "met" : "MISSED"
      printf "        with <aiscale/aiscale.hpp>: %.1f MiB\n", ma / 1024
    }'
  unset sec kib
done
