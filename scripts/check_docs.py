#!/usr/bin/env python3
"""Checks that every public name declared in include/aiscale appears in docs/ (as `name` or name(...)).

Public names are the namespace-scope declarations outside `namespace detail` blocks: constexpr
variables, functions, classes, structs, concepts, enums and aliases. Prints the missing ones and exits 1.
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
headers = sorted((root / "include" / "aiscale").rglob("*.hpp"))
docs = "\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.md")))
docs += (root / "README.md").read_text(encoding="utf-8")

decl = re.compile(
    r"^(?:template <[^\n]*>\s*)?(?:\[\[\w+\]\]\s*)?(?:AISCALE_\w+\s+)*(?:inline\s+)?(?:constexpr|consteval)?\s*"
    r"(?:(?:auto|bool|double|magnitude|magnitude_result|integer_result|[\w:<>]+)\s+)?"
    r"(?P<name>[A-Za-z_]\w*)\s*(?:=|\(|\{|;)", re.M)
kinds = re.compile(r"^(?:template <[^\n]*>\s*)?(?:struct|class|concept|enum class|using)\s+(?P<name>[A-Za-z_]\w*)", re.M)
skip = {"operator", "return", "if", "for", "while", "static_assert", "namespace", "main", "defined"}


def public_text(text: str) -> str:
    # Drop detail namespaces, class bodies' private parts do not matter: members are documented with their class.
    out, depth_skip = [], 0
    for line in text.splitlines():
        if re.match(r"\s*namespace (\w+::)*detail\b", line):
            depth_skip += 1
            continue
        if depth_skip and re.match(r"\s*}\s*// namespace (\w+::)*detail", line):
            depth_skip -= 1
            continue
        if not depth_skip and not line.startswith((" ", "\t", "#", "//")):
            out.append(line)
    return "\n".join(out)


missing = []
for h in headers:
    text = public_text(h.read_text(encoding="utf-8"))
    names = {m.group("name") for m in decl.finditer(text)} | {m.group("name") for m in kinds.finditer(text)}
    for name in sorted(names - skip):
        if name.startswith("AISCALE") or name.startswith("_"):
            continue
        if not re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", docs):
            missing.append(f"{h.relative_to(root)}: {name}")

if missing:
    print("public names without a mention in docs/:")
    print("\n".join("  " + m for m in missing))
    sys.exit(1)
print(f"docs mention every public name of {len(headers)} headers")
