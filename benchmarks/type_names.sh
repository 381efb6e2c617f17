#!/usr/bin/env bash
# The length of the type name that g++, clang++ (14) and clang++-19 (libc++) print in an error
# message for ten common quantities (benchmarks/README.md, "Printed type names").
# Usage: benchmarks/type_names.sh [-v | --max N]   (-v also prints the names; --max N fails when a
#        name is longer than N characters or spells a unit's definition instead of its name)
# Environment: INCLUDE=<dir> measures another copy of the headers; COMPILERS="g++;clang++" (a list
# separated by ';') measures with those compilers only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
include=${INCLUDE:-$here/../include}

IFS=';' read -r -a compilers <<< "${COMPILERS:-g++;clang++;clang++-19 -stdlib=libc++}"
status=0
for cxx in "${compilers[@]}"; do
  echo "== $cxx"
  # Every variable of the file is an error; each message names show<T> once or more. The first
  # mention of each variable's show<...>, brackets balanced, is T as that compiler prints it (clang 14
  # prints a class-type template argument it cannot spell as {}).
  # shellcheck disable=SC2086  # the compiler's words on purpose
  { $cxx -std=c++20 -fsyntax-only -fno-diagnostics-color -I"$include" "$here/type_names/type_names.cpp" 2>&1 || true; } |
    python3 -c '
import re, sys
labels = ["W", "GW", "TWh", "USD", "GPU", "W/GPU", "USD/GPU", "TFLOP(BF16)/s", "FLOP(FP8)", "USD/kWh"]
names = {}  # source line -> the first spelling of its show<T>
for line in sys.stdin:
    m = re.search(r"type_names\.cpp:(\d+):\d+: error", line)
    if not m:
        continue
    at = line.find("show<")
    if at < 0:
        continue
    depth, i = 0, at + 4
    while i < len(line):
        depth += {"<": 1, ">": -1}.get(line[i], 0)
        if depth == 0:
            break
        i += 1
    names.setdefault(int(m.group(1)), line[at + 5:i].strip())
if len(names) != len(labels):
    sys.exit(f"expected {len(labels)} names, read {len(names)}")
limit = int(sys.argv[2]) if sys.argv[1:2] == ["--max"] else None
failed = False
for label, name in zip(labels, [names[k] for k in sorted(names)]):
    print(f"{label:15} {len(name):5}" + (f"  {name}" if sys.argv[1:] == ["-v"] else ""))
    # A definition dump (unit_def, fixed_string) or the {} of clang 14 says nothing about the unit.
    if limit is not None and (len(name) > limit or "unit_def" in name or "fixed_string" in name or "{}" in name):
        print(f"  too long or not by name: {name}")
        failed = True
sys.exit(1 if failed else 0)
' "$@" || status=1
done
exit $status
