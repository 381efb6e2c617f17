#!/usr/bin/env python3
# Compiles benchmarks/fleet_kernel.cpp to assembly and checks that the loops of the double kernel
# and of a quantity kernel are the same instructions once label names are normalised.
# Usage: compare_loops.py [--kernel NAME] COMPILER SOURCE FLAGS...  (NAME: quantity, the default, or
# from_doubles, the kernel that builds its quantities from the double arrays inside the loop)
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
            result.append(commuted(normal))
    return result


def commuted(body):
    """A load followed by a multiply into the same register, with the two memory operands in one
    order: x * y and y * x are the same IEEE product, and g++ picks either order for the first
    product of a kernel that builds its quantities inside the loop."""
    out = list(body)
    for i in range(len(out) - 1):
        a = re.match(r"^(movsd|vmovsd)\s+(\S+), (%xmm\d+)$", out[i])
        b = re.match(r"^(mulsd|vmulsd)\s+(\S+), (%xmm\d+)$", out[i + 1])
        if a and b and a.group(3) == b.group(3) and "(" in a.group(2) and "(" in b.group(2):
            x, y = sorted((a.group(2), b.group(2)))
            out[i] = "%s\t%s, %s" % (a.group(1), x, a.group(3))
            out[i + 1] = "%s\t%s, %s" % (b.group(1), y, b.group(3))
    return out


def main():
    args = sys.argv[1:]
    kernel = "quantity"
    if args[:1] == ["--kernel"]:
        kernel, args = args[1], args[2:]
    compiler, source, *flags = args
    asm = subprocess.run([compiler, *flags, "-S", "-o", "-", source], check=True, capture_output=True,
                         text=True).stdout
    funcs = functions(asm, ["fleet_cost_double", "fleet_cost_" + kernel])
    if len(funcs) != 2:
        print("could not find both kernels in the assembly; found:", sorted(funcs))
        return 1
    plain, typed = loops(funcs["fleet_cost_double"]), loops(funcs["fleet_cost_" + kernel])
    if not plain:
        print("no loop found in the double kernel")
        return 1
    for name, found in (("double", plain), (kernel, typed)):
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
