#!/usr/bin/env python3
# Compiles benchmarks/fleet_kernel.cpp to assembly and checks that the loops of the double kernel
# and of the quantity kernel are the same instructions once label names are normalised.
import re
import subprocess
import sys


def functions(asm, names):
    """The instruction lines of each function whose symbol contains one of names."""
    found = {}
    current = None
    for line in asm.splitlines():
        label = re.match(r"^([A-Za-z_.$][\w.$]*):", line)
        if label and not label.group(1).startswith(".L"):
            current = next((n for n in names if n in label.group(1)), None)
            if current:
                found[current] = []
            continue
        if current is None:
            continue
        if re.match(r"^\s*\.(cfi_endproc|size)\b", line) or line.startswith(".Lfunc_end"):
            current = None
            continue
        line = line.split("#")[0].rstrip()
        if not line.strip() or re.match(r"^\s*\.(cfi|loc|p2align|align)\b", line):
            continue
        found[current].append(line.strip())
    return found


def loops(lines):
    """Each loop: the lines from a label to the last jump back to it, labels renamed in order."""
    result = []
    positions = {}
    for i, line in enumerate(lines):
        m = re.match(r"^(\.L\w+):$", line)
        if m:
            positions[m.group(1)] = i
    for i, line in enumerate(lines):
        m = re.match(r"^j\w+\s+(\.L\w+)$", line)
        if m and m.group(1) in positions and positions[m.group(1)] < i:
            body = lines[positions[m.group(1)]:i + 1]
            names = {}
            normal = [re.sub(r"\.L\w+", lambda x: names.setdefault(x.group(0), "L%d" % len(names)), b) for b in body]
            result.append(normal)
    return result


def main():
    compiler, source, *flags = sys.argv[1:]
    asm = subprocess.run([compiler, *flags, "-S", "-o", "-", source], check=True, capture_output=True,
                         text=True).stdout
    funcs = functions(asm, ["fleet_cost_double", "fleet_cost_quantity"])
    if len(funcs) != 2:
        print("could not find both kernels in the assembly; found:", sorted(funcs))
        return 1
    plain, typed = loops(funcs["fleet_cost_double"]), loops(funcs["fleet_cost_quantity"])
    if not plain:
        print("no loop found in the double kernel")
        return 1
    for name, found in (("double", plain), ("quantity", typed)):
        print("%s kernel: %d loop(s), %s instructions" % (name, len(found), [len(x) - 1 for x in found]))
    if plain != typed:
        print("the loops differ:")
        for a, b in zip(plain, typed):
            for x, y in zip(a, b):
                print("  %-40s %s %s" % (x, "==" if x == y else "!=", y))
        return 1
    print("the loops are the same instructions")
    for line in plain[0]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
