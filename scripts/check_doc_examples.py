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
Each page is then linked and run. A page's own program (its `int main`) runs where the page shows what
it prints (a line ending in "prints", then a fenced block): the output must be that block. The values
the examples' comments state are checked where a line says
one in a form that cannot be misread (any other comment is prose and is left alone):
  - `expr;   // "text"`                  the expression's text (a string, `formatted_text`, ...) is "text";
  - `expr;   // true` (or `false`)        the expression is true (false);
  - `expr;   // 0.03`, `// 3.5e9 (USD)`    an arithmetic expression is that number, as rounded where written;
    `expr;   // 0.078 USD/kWh`             a quantity (or a result's value) prints as that, rounded so;
  - `std::cout << expr;   // 750 W/GPU`   what the stream writes is the comment's text, up to two spaces
                                         or " (" (what follows is a remark);
  - `auto x = ...;   // 10.52 TWh`       what `x` prints as (where it prints) is the comment's text up to
                                         a remark, each number rounded as written.
A block that stops the program on purpose has `<!-- example: compiled, not run -->` on the line
before it. A statement here is a line that begins with a parenthesis, or with a name that goes on with a call, a
member or an index (`ai::format(...)`, `r->value`, `e.figures[1].value`), never a declaration. The run reports how many
values it checked; a value that differs fails the page.

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
NOT_RUN = "<!-- example: compiled, not run -->"
# After a block with a main: a line that ends in "prints" (or "prints:"), then a plain fenced block.
PRINTS_BLOCK = re.compile(r"\n*[^\n]*\bprints:?\n+```[a-z]*\n(.*?)^```", re.S | re.M)
MAIN_STARTS = "@@ the page's main starts here @@"
HOISTED = re.compile(r"^(#include|namespace\s+\w+\s*=|using namespace)")
PREAMBLE = """#include <aiscale/aiscale.hpp>
#include <aiscale/text/ostream.hpp>
#include <climits>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <type_traits>
#include <vector>
#include <version>
namespace ai = aiscale;
// What a comment of an example says the example gives (scripts/check_doc_examples.py).
namespace aiscale_docs {
inline int checked = 0, wrong = 0;
// The pages write the group separators U+202F and U+00A0 (French, ...) as plain spaces.
inline std::string as_written(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\u202f") {
      out += ' ';
      i += 2;
    } else if (text.substr(i, 2) == "\u00a0") {
      out += ' ';
      i += 1;
    } else {
      out += text[i];
    }
  }
  return out;
}
inline void report(bool same, std::string_view got, std::string_view said, const char* where) {
  ++checked;
  if (same) return;
  ++wrong;
  std::fprintf(stderr, "%s: the comment says %.*s, the example gives %.*s\\n", where, static_cast<int>(said.size()),
               said.data(), static_cast<int>(got.size()), got.data());
}
template <class T>
void says(const T& value, std::string_view said, const char* where) {
  std::string got;
  if constexpr (std::is_constructible_v<std::string_view, const T&>) {
    got = as_written(std::string_view(value));
  } else {
    std::ostringstream os;
    os << value;
    got = as_written(os.str());
  }
  report(got == said, got, said, where);
}
// The same text, but that each number of `said` may be the one of `got` rounded to the digits written
// ("10.52 TWh" for 10.5192 TWh).
inline bool same_but_rounding(std::string_view got, std::string_view said) {
  std::size_t g = 0, s = 0;
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto number_at = [&](std::string_view text, std::size_t& i) {
    const std::size_t start = i;
    while (i < text.size() && (is_digit(text[i]) || text[i] == '.' ||
                               ((text[i] == 'e' || text[i] == 'E') && i + 1 < text.size() &&
                                (is_digit(text[i + 1]) || text[i + 1] == '-' || text[i + 1] == '+')) ||
                               ((text[i] == '-' || text[i] == '+') && i > start && (text[i - 1] == 'e' || text[i - 1] == 'E'))))
      ++i;
    return text.substr(start, i - start);
  };
  while (g < got.size() && s < said.size()) {
    if (is_digit(got[g]) && is_digit(said[s])) {
      const std::string a(number_at(got, g)), b(number_at(said, s));
      const std::string mantissa = b.substr(0, b.find_first_of("eE"));
      const auto dot = mantissa.find('.');
      const int decimals = dot == std::string::npos ? 0 : static_cast<int>(mantissa.size() - dot - 1);
      const int exponent = b.find_first_of("eE") == std::string::npos ? 0 : std::atoi(b.c_str() + b.find_first_of("eE") + 1);
      if (std::fabs(std::atof(a.c_str()) - std::atof(b.c_str())) > 0.5 * std::pow(10.0, exponent - decimals) * (1 + 1e-12))
        return false;
    } else if (got[g++] != said[s++]) {
      return false;
    }
  }
  return g == got.size() && s == said.size();
}
// What a stream writes: the comment's text, or the comment's text and then a remark the comment left
// out after a space ("(2022)", ": system power ...").
template <class T>
void prints(const T& value, std::string_view said, const char* where) {
  std::ostringstream os;
  os << value;
  const std::string got = as_written(os.str());
  const bool same = got == said || (got.size() > said.size() && got.compare(0, said.size(), said) == 0 &&
                                    got[said.size()] == ' ');
  report(same, got, said, where);
}
// What a declared value prints as: the comment's text, its numbers rounded as written.
template <class T>
void is_printed(const T& value, std::string_view said, const char* where) {
  if constexpr (requires(std::ostringstream& os) { os << value; }) {
    std::ostringstream os;
    os << value;
    const std::string got = as_written(os.str());
    bool same = same_but_rounding(got, said);
    for (std::size_t space = got.find(' '); !same && space != std::string::npos; space = got.find(' ', space + 1))
      same = same_but_rounding(std::string_view(got).substr(0, space), said);  // and then a remark
    report(same, got, said, where);
  }
}
// A number as written in a comment: equal once rounded to the digits written (`half_ulp`: half a unit
// of its last digit).
template <class T>
void is_number(const T& value, double said, double half_ulp, std::string_view written, std::string_view statement,
               const char* where) {
  if constexpr (std::is_same_v<T, bool>) {
    report(value == (said != 0), value ? "true" : "false", written, where);
  } else if constexpr (std::is_arithmetic_v<T>) {
    const double got = static_cast<double>(value);
    const std::string text = std::to_string(got);
    report(std::fabs(got - said) <= half_ulp * (1 + 1e-12), text, written, where);
  } else if constexpr (requires { value.has_value(); *value; }) {
    // A result (parse_as's): its value prints as the comment says ("0.078 USD/kWh").
    if (value.has_value())
      is_printed(*value, statement, where);
    else
      report(false, "an error", statement, where);
  } else {
    is_printed(value, statement, where);  // a quantity: as it prints ("4 million GPU")
  }
}
}  // namespace aiscale_docs
"""


# The lines whose comment states a value, and what they become (see the module's docstring).
STATEMENT = r"(?:\(|(?!static_assert\b|return\b|auto\b|const\b|constexpr\b)[A-Za-z_]\w*(?:::\w+)*(?:\(|\.|->|\[))"
SAYS_TEXT = re.compile(r'^(\s*)(' + STATEMENT + r'.*?);\s*//\s*"([^"\\]*)"')
SAYS_NUMBER = re.compile(r'^(\s*)(' + STATEMENT + r'.*?);\s*//\s*((true|false|-?\d[\d.]*(?:e[-+]?\d+)?)(?=$|[\s:;,(]).*)$')
REMARK = r"\s{2,}| \(| \.\.\.|[:;,] "  # where a comment's statement ends and a remark begins
DECLARES = re.compile(r"^(\s*)((?:static\s+)?(?:constexpr|const)?\s*auto\s+(\w+)\s*=\s*.+;)\s*//\s*(.+)$")
PRINTS = re.compile(r"^(\s*)std::cout\s*<<\s*((?:(?!<<).)+?)(?:\s*<<\s*'\\n')?;\s*//\s*(.+)$")


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def half_ulp(number):
    """Half a unit of the last digit written: 0.03 -> 0.005, 3.5e9 -> 5e7, 5 -> 0.5."""
    mantissa, _, exponent = number.partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 0.5 * 10.0 ** (int(exponent or 0) - decimals)


def stated_value(line, where):
    """The line with its stated value checked, or None when its comment states none."""
    m = SAYS_TEXT.match(line)
    if m:
        return f"{m.group(1)}aiscale_docs::says(({m.group(2)}), {c_string(m.group(3))}, {c_string(where)});"
    m = SAYS_NUMBER.match(line)
    if m:
        written = m.group(4)
        said = {"true": "1", "false": "0"}.get(written, written)
        statement = re.split(REMARK, m.group(3).strip())[0].strip()
        return (f"{m.group(1)}aiscale_docs::is_number(({m.group(2)}), {said}, {half_ulp(said)!r}, "
                f"{c_string(written)}, {c_string(statement)}, {c_string(where)});")
    m = DECLARES.match(line)
    if m:
        said = re.split(REMARK, m.group(4).strip())[0].strip()
        if said and said[0].isdigit():
            return (f"{m.group(1)}{m.group(2)} aiscale_docs::is_printed({m.group(3)}, {c_string(said)}, "
                    f"{c_string(where)});")
    m = PRINTS.match(line)
    if m:
        said = re.split(r"\s{2,}| \(| \.\.\.", m.group(3).strip())[0].strip()
        if said:
            return f"{m.group(1)}aiscale_docs::prints(({m.group(2)}), {c_string(said)}, {c_string(where)});"
    return None


def with_stated_values(rest, page, first_line):
    lines = rest.split("\n")
    for i, line in enumerate(lines):
        checked = stated_value(line, f"{os.path.relpath(page, ROOT)}:{first_line + i}")
        if checked is not None:
            lines[i] = checked
    return "\n".join(lines)


def as_written(text):
    """The group separators U+202F and U+00A0 as the pages write them: plain spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


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
    main_prints = None  # what the page says its program prints, where it says so
    for m in BLOCK.finditer(text):
        block = m.group(1)
        line = text.count("\n", 0, m.start()) + 2  # the block's first line of code
        guard = guard_of(block)
        # A block that stops the program on purpose (the failure handler's example) says so in an
        # HTML comment on the line before it: it is compiled, and its statements are not run.
        not_run = text[:m.start()].rstrip().endswith(NOT_RUN)
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
            if "int main" in block:
                has_main = True
                shown = PRINTS_BLOCK.match(text, m.end())
                main_prints = shown.group(1) if shown else None
        else:
            # Each block opens a scope inside the one before: a later example sees the earlier
            # ones' names and may declare a name again, as a reader's new program would.
            piece = where + with_stated_values(rest, page, line)
            if not_run:
                piece = "if (std::getenv(\"AISCALE_DOCS_RUN_ALL\") != nullptr) {\n" + piece + "}\n"
            if guard:
                piece = f"#if {guard}\n{piece}#endif\n"
            in_body.append("{\n" + piece)
    # The examples written as statements run first. A page's own main runs after them where the page
    # shows what it prints (its output is then compared); otherwise (a program that shows the failure
    # handler stopping it, say) it is compiled and not run.
    source = PREAMBLE + "\n".join(at_namespace)
    source += "\nstatic int aiscale_docs_examples() {\n" + "\n".join(in_body) + "}" * len(in_body)
    source += ('\nstd::fprintf(stderr, "checked %d stated values, %d wrong\\n", aiscale_docs::checked, aiscale_docs::wrong);'
               f'\nstd::printf("{MAIN_STARTS}\\n");\nstd::fflush(stdout);\nreturn aiscale_docs::wrong == 0 ? 0 : 1;\n}}\n')
    if has_main and main_prints is not None:
        source += ("[[maybe_unused]] static const int aiscale_docs_ran = "
                   "aiscale_docs_examples() == 0 ? 0 : (std::exit(1), 1);\n")
    elif has_main:
        source += "[[maybe_unused]] static const int aiscale_docs_ran = (std::exit(aiscale_docs_examples()), 0);\n"
    else:
        source += "int main() { return aiscale_docs_examples(); }\n"
    return source, count, main_prints


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
    failed, total, compiled, checked = [], 0, 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or tmp
        os.makedirs(out, exist_ok=True)
        for page in pages:
            if os.path.basename(page) in SKIPPED_PAGES:
                continue
            source, count, main_prints = translation_unit(page)
            if count == 0:
                continue
            total += count
            compiled += 1
            path = os.path.join(out, os.path.basename(page).replace(".md", "_examples.cpp"))
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            program = path[:-len(".cpp")]
            cmd = [args.compiler, f"-std={args.std}", *args.flags.split(), *args.extra_flags.split(), "-O0", "-g0",
                   # {fmt} header-only: its compiled library is built for libstdc++ alone
                   "-DFMT_HEADER_ONLY", "-I", os.path.join(ROOT, "include"), path, "-o", program]
            r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            if r.returncode != 0:
                failed.append(page)
                errors = [l for l in r.stderr.splitlines() if "error" in l]
                print(f"{os.path.relpath(page, ROOT)}: its examples do not compile:\n  " + "\n  ".join(errors[:8]))
                continue
            # The examples write what they show to stdout; the count of checked values goes to stderr.
            r = subprocess.run([program], capture_output=True, text=True, cwd=ROOT)
            counts = [l for l in r.stderr.splitlines() if l.startswith("checked ")]
            summary = counts[-1] if counts else "(no count: the program stopped early)"
            printed = r.stdout.partition(MAIN_STARTS + "\n")[2]
            shown = ""
            if main_prints is not None:
                if as_written(printed).rstrip() != as_written(main_prints).rstrip():
                    shown = f"  the page shows:\n{main_prints}  the program prints:\n{printed}"
                summary += "; its program prints " + ("other than what the page shows" if shown else "what the page shows")
            print(f"{os.path.relpath(page, ROOT)}: {summary}")
            if r.returncode != 0 or not counts or shown:
                failed.append(page)
                print(shown + r.stderr.rstrip())
            checked += int(summary.split()[1]) if counts else 0
    print(f"{total} examples on {compiled} pages, {checked} stated values checked; pages that fail: {len(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
