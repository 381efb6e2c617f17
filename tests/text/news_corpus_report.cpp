// news_corpus_report FILE...: for each sentence of a news corpus file (tests/text/news_corpus.txt's
// format), what extract finds against what a reader expects, read in the sentence's language and
// with lang::guess; then per language the sentences, the figures expected and the sentences that
// hold and fail. With --quiet only the failing sentences are shown. Exits 1 where any fails.
#include <array>
#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>

#include "news_corpus.hpp"

namespace {
struct tally {
  std::size_t sentences = 0, figures = 0, passing = 0, failing = 0;
};
}  // namespace

int main(int argc, char** argv) {
  namespace ai = aiscale;
  bool quiet = false;
  bool any_failed = false;
  for (int a = 1; a < argc; ++a) {
    const std::string_view arg = argv[a];
    if (arg == "--quiet") {
      quiet = true;
      continue;
    }
    const news_corpus::corpus c = news_corpus::read_corpus(std::string(arg));
    for (const std::string& p : c.problems) std::cout << "malformed: " << p << '\n';
    any_failed = any_failed || !c.problems.empty();
    std::array<tally, 6> per_lang{};
    for (const news_corpus::record& r : c.records) {
      const std::vector<std::string> d = news_corpus::check(r);
      tally& t = per_lang[static_cast<std::size_t>(r.language)];
      ++t.sentences;
      t.figures += r.figures.size();
      ++(d.empty() ? t.passing : t.failing);
      any_failed = any_failed || !d.empty();
      if (quiet && d.empty()) continue;
      std::cout << arg << ':' << r.line << " [" << ai::code_of(r.language) << "] " << (d.empty() ? "ok" : "FAILS")
                << "\n  " << r.text << '\n';
      if (!r.note.empty()) std::cout << "  note: " << r.note << '\n';
      for (const news_corpus::expected_figure& e : r.figures)
        std::cout << "  want  " << news_corpus::describe(e) << '\n';
      for (const std::string& line : d) std::cout << "  " << line << '\n';
    }
    std::cout << arg << ": language sentences figures passing failing\n";
    tally all{};
    for (const ai::lang l : ai::all_languages) {
      const tally& t = per_lang[static_cast<std::size_t>(l)];
      std::cout << "  " << ai::code_of(l) << ' ' << t.sentences << ' ' << t.figures << ' ' << t.passing << ' '
                << t.failing << '\n';
      all.sentences += t.sentences;
      all.figures += t.figures;
      all.passing += t.passing;
      all.failing += t.failing;
    }
    std::cout << "  all " << all.sentences << ' ' << all.figures << ' ' << all.passing << ' ' << all.failing << '\n';
  }
  return any_failed ? 1 : 0;
}
