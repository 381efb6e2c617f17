#!/usr/bin/env python3
"""Compiles the C++ examples of the documentation, so that a program written from the docs alone
compiles as the docs say it does.

The pages write `ai::` for `aiscale::` (`namespace ai = aiscale;`, as each first example says).
Each Markdown file is one translation unit: its ```cpp blocks in order, so that a block may use what
an earlier block of the same page declared (as a reader would). A block with a declaration that
needs namespace scope (an #include, a function, struct or template definition, a namespace, main)
goes at namespace scope; every other block goes, in order, into one function body, each in a scope
nested in the one before. #line directives
make the compiler's messages point at the page and line of the example.

Left out, each for a reason the page states:
  - docs/troubleshooting.md: every block shows code that is refused (tests/compile_fail checks them);
  - docs/getting-started.md: tests/install/getting_started.py builds and runs its programs;
  - a block whose code (not a comment) says "does not compile" or "refused": it shows a refusal;
  - a block for CUDA (__global__, __device__): tests/cuda compiles that;
  - a block that uses std::format, std::print, {fmt} or exceptions compiles only where the build has
    them (__cpp_lib_format, __cpp_lib_print, <fmt/format.h>, __cpp_exceptions).
The examples are compiled, not run: their static_asserts are checked, their comments' values are not
(the tests under tests/ check those behaviours).

Usage: check_doc_examples.py [--compiler CXX] [--std c++20] [--extra-flags="..."] [--keep DIR] FILE.md...
With no file, every page of docs/ and the README. Exits 1 when an example does not compile.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIPPED_PAGES = {"troubleshooting.md", "getting-started.md"}
BLOCK = re.compile(r"^```cpp[^\n]*\n(.*?)^```", re.S | re.M)
# Lines that need namespace scope, at the start of a line of the block (not indented).
NAMESPACE_SCOPE = re.compile(
    r"^(#include|#if|#define|namespace\s+\w+\s*\{|template\s*<|struct\s|class\s|enum\s|inline\s|int main"
    r"|(?:[\w:<>,]+\s+)+[\w:]+\([^;]*\)\s*(const\s*)?(->\s*[\w:<>]+\s*)?\{)",
    re.M)
HOISTED = re.compile(r"^(#include|namespace\s+\w+\s*=|using namespace)")
PREAMBLE = """#include <aiscale/aiscale.hpp>
#include <aiscale/text/ostream.hpp>
#include <climits>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>
#include <version>
namespace ai = aiscale;
"""


def code_lines(block):
    return [l for l in block.splitlines() if not l.strip().startswith("//")]


def shows_refusal(block):
    return any(re.search(r"does not compile|refused", l) for l in code_lines(block))


def guard_of(block):
    """None, "skip", or the preprocessor condition under which the block can compile."""
    if "__global__" in block or "__device__" in block or re.search(r"#include\s*<https?:", block):
        return "skip"
    needs = []
    if "fmt::" in block or "<fmt/" in block:
        needs.append("__has_include(<fmt/format.h>)")
    if "std::format" in block or "<format>" in block:
        needs.append("defined(__cpp_lib_format)")
    if "std::print" in block:
        needs.append("defined(__cpp_lib_print)")
    if re.search(r"\b(throw|try|catch)\b", "\n".join(code_lines(block))):
        needs.append("defined(__cpp_exceptions)")
    return " && ".join(needs) or None


def translation_unit(page):
    text = open(page, encoding="utf-8").read()
    at_namespace, in_body, count = [], [], 0
    has_main = False
    for m in BLOCK.finditer(text):
        block = m.group(1)
        line = text.count("\n", 0, m.start()) + 2  # the block's first line of code
        guard = guard_of(block)
        if guard == "skip" or shows_refusal(block):
            continue
        count += 1
        # An #include or a namespace alias inside a block of statements goes to namespace scope, where
        # later blocks see it too; blank lines keep the numbering.
        hoisted = [HOISTED.match(l) is not None for l in block.splitlines()]
        includes = "".join(l + "\n" for l, h in zip(block.splitlines(), hoisted) if h)
        rest = "".join(("" if h else l) + "\n" for l, h in zip(block.splitlines(), hoisted))
        where = f'#line {line} "{os.path.relpath(page, ROOT)}"\n'
        if includes and guard:
            at_namespace.append(f"#if {guard}\n{includes}#endif\n")
        elif includes:
            at_namespace.append(includes)
        piece = where + rest
        if guard:
            piece = f"#if {guard}\n{piece}#endif\n"
        if NAMESPACE_SCOPE.search(rest):
            at_namespace.append(piece)
            has_main = has_main or "int main" in block
        else:
            # Each block opens a scope inside the one before: a later example sees the earlier
            # ones' names and may declare a name again, as a reader's new program would.
            in_body.append("{\n" + piece)
    source = PREAMBLE + "\n".join(at_namespace)
    # The function bodies' examples run after those at namespace scope, in their own function when
    # a page has its own main.
    name = "doc_examples" if has_main else "main"
    source += f"\nint {name}() {{\n" + "\n".join(in_body) + "}" * len(in_body) + "\nreturn 0;\n}\n"
    return source, count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--compiler", default=os.environ.get("CXX", "g++"))
    # The strict warning set of the project, less what fragments do on purpose: leave a value unused
    # (`r->value;   // 3.5e9`), or declare again a name an earlier example declared.
    parser.add_argument("--std", default="c++20")
    parser.add_argument("--flags", default="-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror "
                        "-Wno-unused -Wno-unused-result -Wno-unused-value -Wno-unused-variable")
    parser.add_argument("--extra-flags", default="", help="added to --flags (the build's CMAKE_CXX_FLAGS)")
    parser.add_argument("--keep", help="write each translation unit into this folder")
    parser.add_argument("pages", nargs="*")
    args = parser.parse_args()
    pages = args.pages or sorted(
        [os.path.join(ROOT, "docs", p) for p in os.listdir(os.path.join(ROOT, "docs")) if p.endswith(".md")]
        + [os.path.join(ROOT, "README.md")])
    failed, total, compiled = [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or tmp
        os.makedirs(out, exist_ok=True)
        for page in pages:
            if os.path.basename(page) in SKIPPED_PAGES:
                continue
            source, count = translation_unit(page)
            if count == 0:
                continue
            total += count
            compiled += 1
            path = os.path.join(out, os.path.basename(page).replace(".md", "_examples.cpp"))
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            cmd = [args.compiler, f"-std={args.std}", *args.flags.split(), *args.extra_flags.split(), "-fsyntax-only", "-I", os.path.join(ROOT, "include"), path]
            r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            if r.returncode != 0:
                failed.append(page)
                errors = [l for l in r.stderr.splitlines() if "error" in l]
                print(f"{os.path.relpath(page, ROOT)}: its examples do not compile:\n  " + "\n  ".join(errors[:8]))
    print(f"{total} examples on {compiled} pages; pages that fail: {len(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
