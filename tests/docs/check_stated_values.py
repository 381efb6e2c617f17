#!/usr/bin/env python3
"""Checks that scripts/check_doc_examples.py catches a wrong stated value of each form: it runs the
checker on stated_values.md (each form right, then wrong; a block marked not to run) and expects the
page to fail with exactly the wrong lines named; and on program_output.md, whose program prints other
than what the page shows. Usage: check_stated_values.py CXX [EXTRA_FLAGS]"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
page = os.path.join(HERE, "stated_values.md")
cmd = [sys.executable, os.path.join(ROOT, "scripts", "check_doc_examples.py"), "--compiler", sys.argv[1],
       f"--extra-flags={sys.argv[2] if len(sys.argv) > 2 else ''}", page]
r = subprocess.run(cmd, capture_output=True, text=True)
print(r.stdout, r.stderr)
lines = open(page, encoding="utf-8").read().splitlines()
wrong_lines = {i + 1 for i, l in enumerate(lines) if re.search(r'USD 4 trillion|lang::en\);   // true|1\.6e3|1600 MW|75 W/GPU|rounded_wrongly', l)}
named = {int(n) for n in re.findall(r"stated_values\.md:(\d+): the comment says", r.stdout + r.stderr)}
ok = r.returncode != 0 and named == wrong_lines and "checked 12 stated values, 6 wrong" in r.stdout
print("PASS" if ok else f"FAIL: exit {r.returncode}, named {sorted(named)}, expected {sorted(wrong_lines)}")

# A page whose program prints other than what the page shows after "prints" fails, showing both.
cmd[-1] = os.path.join(HERE, "program_output.md")
r = subprocess.run(cmd, capture_output=True, text=True)
print(r.stdout, r.stderr)
shown = r.returncode != 0 and "the page shows:\n75 W/GPU\n  the program prints:\n750 W/GPU" in r.stdout
print("PASS" if shown else f"FAIL: exit {r.returncode}: the wrong output of program_output.md was not reported")
sys.exit(0 if ok and shown else 1)
