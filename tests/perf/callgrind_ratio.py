#!/usr/bin/env python3
# Counts the instructions each fleet kernel executes (callgrind, only inside the kernel) in a
# debug build and checks that a quantity kernel needs at most LIMIT times the double kernel's.
# Usage: callgrind_ratio.py DRIVER N LIMIT [KERNEL]  (KERNEL: quantity, the default, or from_doubles)
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77  # CTest's SKIP_RETURN_CODE


def count(valgrind, driver, kernel, n, workdir):
    out = os.path.join(workdir, "callgrind.%s.out" % kernel)
    subprocess.run([valgrind, "--tool=callgrind", "--toggle-collect=*fleet_cost_%s*" % kernel,
                    "--callgrind-out-file=" + out, driver, kernel, str(n)],
                   check=True, capture_output=True)
    with open(out) as f:
        for line in f:
            m = re.match(r"^totals:\s+(\d+)", line)
            if m:
                return int(m.group(1))
    raise RuntimeError("no totals in " + out)


def main():
    driver, n, limit = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    kernel = sys.argv[4] if len(sys.argv) > 4 else "quantity"
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind not found: skipping the instruction count")
        return SKIP
    with tempfile.TemporaryDirectory() as workdir:
        plain = count(valgrind, driver, "double", n, workdir)
        typed = count(valgrind, driver, kernel, n, workdir)
    ratio = typed / plain
    print("instructions for %d entries: double %d (%.1f per entry), %s %d (%.1f per entry), ratio %.3f"
          % (n, plain, plain / n, kernel, typed, typed / n, ratio))
    if plain < n:
        print("the double kernel executed fewer instructions than entries: the count is wrong")
        return 1
    if ratio > limit:
        print("FAIL: the %s kernel executes more than %.2fx the double kernel's instructions" % (kernel, limit))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
