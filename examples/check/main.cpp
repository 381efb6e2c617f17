// check: reads an article (a file, or standard input) and prints every relation of its figures
// that the checker finds, with the implied figure, the reference, the verdict and the likely cause.
//   check [FILE] [--lang en|de|nl|fr|es|it|guess] [--svg OUT.svg]
#include <aiscale/check.hpp>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include "svg.hpp"

namespace ai = aiscale;

namespace {

int usage() {
  std::cerr << "usage: check [FILE] [--lang en|de|nl|fr|es|it|guess] [--svg OUT.svg]\n";
  return 2;
}

// The sentence on one line, for the report.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n') c = ' ';
  return out;
}

void print(std::ostream& os, std::string_view text, std::size_t number, const ai::finding& f) {
  os << '[' << number << "] " << ai::name_of(f.kind) << " (paragraph " << f.paragraph + 1 << ", "
     << (f.same_sentence ? "one sentence" : "across sentences") << ")\n"
     << "    sentence:  ";
  for (std::size_t i = 0; i != f.sentences.size(); ++i) os << (i ? " [...] " : "") << one_line(f.sentences[i].in(text));
  os << "\n    figures:  ";
  for (const ai::figure& g : f.figures) os << " \"" << g.span_in(text) << "\" (" << g.begin << '-' << g.end << ')';
  os << "\n    implied:   " << f.implied << '\n';
  if (!f.reference.empty()) os << "    reference: " << f.reference << '\n';
  if (!f.source.empty()) os << "    source:    " << f.source << '\n';
  os << "    verdict:   " << ai::name_of(f.result);
  if (f.result == ai::verdict::implausible) {
    if (f.causes.empty()) {
      os << ": no listed cause explains it";
      if (f.tried.empty()) os << " (none applies here)";  // a figure with no prefix, scale word or parts
      for (std::size_t i = 0; i != f.tried.size(); ++i) os << (i ? ", " : " (tried: ") << ai::name_of(f.tried[i]);
      if (!f.tried.empty()) os << ')';
    } else {
      os << ": ";
      for (std::size_t i = 0; i != f.causes.size(); ++i) os << (i ? " and " : "") << ai::name_of(f.causes[i]);
      os << "\n    because:   " << f.explanation;
    }
  }
  os << '\n';
  if (!f.note.empty()) os << "    note:      " << f.note << '\n';
  os << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  std::string path, svg_path;
  ai::lang language = ai::lang::guess;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if ((a == "--lang" || a == "--svg") && i + 1 < argc) {
      const std::string_view v = argv[++i];
      if (a == "--svg") {
        svg_path = v;
        continue;
      }
      language = ai::lang_from_code(v);
      if (language == ai::lang::guess && v != "guess") return usage();
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      return usage();
    } else {
      path = a;
    }
  }
  std::string text;
  if (path.empty() || path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << path << '\n';
      return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  // A progress line on standard error for inputs of more than a few MB, redrawn at each tenth.
  constexpr std::size_t large = std::size_t{4} << 20;
  std::size_t shown = 0;
  const auto progress = [&](std::size_t done, std::size_t total) {
    if (total < large) return;
    const std::size_t tenth = done * 10 / total;
    if (tenth == shown) return;
    shown = tenth;
    std::cerr << "\rchecking: " << tenth * 10 << " % of " << static_cast<double>(total / 100000) / 10 << " MB"
              << (tenth == 10 ? "\n" : "") << std::flush;
  };
  const ai::check_result r = ai::check(text, language, progress);
  std::size_t counts[3]{};
  for (const ai::finding& f : r.findings) ++counts[static_cast<std::size_t>(f.result)];
  std::cout << "Check report: " << r.findings.size() << " findings from " << r.figures << " figures in " << r.paragraphs
            << " paragraphs (" << r.sentences << " sentences)\n\n";
  std::size_t n = 0;
  for (const ai::finding& f : r.findings) print(std::cout, text, ++n, f);
  std::cout << "summary: " << counts[0] << " consistent, " << counts[1] << " implausible, " << counts[2]
            << " not checkable\n";
  if (!svg_path.empty()) {
    std::ofstream svg(svg_path);
    check_chart::write_svg(svg, text, r.findings);
    svg.close();
    if (!svg) {
      std::cerr << "could not write " << svg_path << '\n';
      return 1;
    }
    std::cout << "chart written: " << svg_path << '\n';
  }
}
