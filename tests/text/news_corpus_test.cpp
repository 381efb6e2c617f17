// The news corpus: sentences written in the styles of AI-infrastructure news in six languages, each
// with every figure a careful reader takes from it (tests/text/news_corpus.txt). extract must find
// exactly those, in the sentence's language and with lang::guess. The sentences main still reads
// wrongly are in news_corpus_failing.txt, which only news_corpus_report runs.
#include <aiscale/text.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "../catch.hpp"
#include "news_corpus.hpp"

namespace {
namespace ai = aiscale;

const news_corpus::corpus& corpus_file(const std::string& name) {
  static const news_corpus::corpus passing = news_corpus::read_corpus(AISCALE_SOURCE_DIR "/tests/text/news_corpus.txt");
  static const news_corpus::corpus failing =
      news_corpus::read_corpus(AISCALE_SOURCE_DIR "/tests/text/news_corpus_failing.txt");
  return name == "failing" ? failing : passing;
}

void check_language(ai::lang l) {
  const news_corpus::corpus& c = corpus_file("passing");
  std::size_t sentences = 0;
  for (const news_corpus::record& r : c.records) {
    if (r.language != l) continue;
    ++sentences;
    INFO("news_corpus.txt:" << r.line << " [" << ai::code_of(l) << "] " << r.text);
    std::string differences;
    for (const std::string& d : news_corpus::check(r)) differences += "\n  " + d;
    INFO("expected vs found:" << differences);
    CHECK(differences.empty());
  }
  // The corpus is meant to cover each language; a file cut short must not pass by having less.
  CHECK(sentences >= 25);
}
}  // namespace

TEST_CASE("the news corpus files are well formed") {
  for (const std::string name : {"passing", "failing"}) {
    const news_corpus::corpus& c = corpus_file(name);
    INFO(name);
    CHECK(c.problems.empty());
    for (const std::string& p : c.problems) FAIL_CHECK(p);
    CHECK(!c.records.empty());
  }
  for (const news_corpus::record& r : corpus_file("failing").records) {
    INFO("news_corpus_failing.txt:" << r.line);
    CHECK(!r.note.empty());  // the work list says what is wrong with each sentence
  }
}

TEST_CASE("news corpus: English sentences") { check_language(ai::lang::en); }
TEST_CASE("news corpus: German sentences") { check_language(ai::lang::de); }
TEST_CASE("news corpus: Dutch sentences") { check_language(ai::lang::nl); }
TEST_CASE("news corpus: French sentences") { check_language(ai::lang::fr); }
TEST_CASE("news corpus: Spanish sentences") { check_language(ai::lang::es); }
TEST_CASE("news corpus: Italian sentences") { check_language(ai::lang::it); }
