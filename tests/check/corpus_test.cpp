// The labelled corpus (corpus.txt): paragraphs of our own in six languages, each sound figure pair
// and each planted slip labelled. check() must find every planted slip with its cause and call no
// sound pair implausible; the counts are printed.
#include <aiscale/check.hpp>
#include <array>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "../catch.hpp"

namespace ai = aiscale;

namespace {

struct label {
  std::string kind;  // sound, slip, unchecked
  ai::relation relation{};
  std::vector<ai::slip> causes;
};
struct block {
  ai::lang language = ai::lang::en;
  std::string text;
  std::vector<label> labels;
};

// The labels' words for relations and causes: the enumerators' names.
constexpr std::array<std::pair<std::string_view, ai::relation>, 7> relation_names{{
    {"cost_per_gpu", ai::relation::cost_per_gpu},
    {"power_per_gpu", ai::relation::power_per_gpu},
    {"compute_per_gpu", ai::relation::compute_per_gpu},
    {"cost_per_power", ai::relation::cost_per_power},
    {"country_share", ai::relation::country_share},
    {"electricity_price", ai::relation::electricity_price},
    {"project_figure", ai::relation::project_figure},
}};
constexpr std::array<std::pair<std::string_view, ai::slip>, 7> slip_names{{
    {"prefix_off_by_1000", ai::slip::prefix_off_by_1000},
    {"long_vs_short_scale", ai::slip::long_vs_short_scale},
    {"numeric_format", ai::slip::numeric_format},
    {"power_vs_energy", ai::slip::power_vs_energy},
    {"capacity_vs_consumption", ai::slip::capacity_vs_consumption},
    {"chip_vs_all_in", ai::slip::chip_vs_all_in},
    {"share_for_total", ai::slip::share_for_total},
}};

template <class T, std::size_t N>
T lookup(const std::array<std::pair<std::string_view, T>, N>& table, std::string_view word) {
  for (const auto& [name, value] : table)
    if (name == word) return value;
  FAIL("unknown label word: " << word);
  return table[0].second;
}

std::vector<block> read_corpus() {
  std::ifstream in(std::string(AISCALE_SOURCE_DIR) + "/tests/check/corpus.txt");
  REQUIRE(in);
  std::vector<block> blocks;
  block current;
  bool in_block = false;
  const auto close = [&] {
    if (in_block && !current.text.empty()) blocks.push_back(current);
    current = block{};
    in_block = false;
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      close();
      continue;
    }
    if (line.rfind("#lang ", 0) == 0) {
      current.language = ai::lang_from_code(line.substr(6));
      REQUIRE(current.language != ai::lang::guess);
      in_block = true;
      continue;
    }
    if (line[0] == '#' && (line.size() == 1 || line[1] == ' ')) continue;  // the file's own comments
    if (line[0] == '#') {
      std::istringstream words(line.substr(1));
      std::string kind, rel, causes;
      words >> kind >> rel >> causes;
      REQUIRE((kind == "sound" || kind == "slip" || kind == "unchecked"));
      label l{kind, lookup(relation_names, rel), {}};
      for (std::size_t at = 0; at < causes.size();) {
        const std::size_t plus = causes.find('+', at);
        l.causes.push_back(lookup(slip_names, std::string_view(causes).substr(at, plus - at)));
        at = plus == std::string::npos ? causes.size() : plus + 1;
      }
      current.labels.push_back(l);
      continue;
    }
    current.text += (current.text.empty() ? "" : "\n") + line;
  }
  close();
  return blocks;
}

struct tally {
  std::size_t sound = 0, sound_consistent = 0, sound_implausible = 0;
  std::size_t slips = 0, slips_found = 0;
  std::size_t unchecked = 0, unchecked_found = 0;
  std::size_t unlabelled = 0, missing = 0;
};

// Compares the findings of one paragraph with its labels, in order.
void compare(const block& b, const std::vector<ai::finding>& found, tally& t) {
  INFO(b.text);
  for (std::size_t i = 0; i < b.labels.size() || i < found.size(); ++i) {
    if (i >= found.size()) {
      ++t.missing;
      continue;
    }
    if (i >= b.labels.size()) {
      ++t.unlabelled;
      continue;
    }
    const label& l = b.labels[i];
    const ai::finding& f = found[i];
    const bool same_relation = f.kind == l.relation;
    if (l.kind == "sound") {
      ++t.sound;
      t.sound_consistent += same_relation && f.result == ai::verdict::consistent;
      t.sound_implausible += f.result == ai::verdict::implausible;
    } else if (l.kind == "slip") {
      ++t.slips;
      t.slips_found += same_relation && f.result == ai::verdict::implausible && f.causes == l.causes;
    } else {
      ++t.unchecked;
      t.unchecked_found += same_relation && f.result == ai::verdict::not_checkable;
    }
    INFO("finding " << i << ": " << ai::name_of(f.kind) << ", " << ai::name_of(f.result) << " " << f.explanation);
    CHECK(same_relation);
  }
}

}  // namespace

TEST_CASE("check finds every planted slip of the corpus with its cause and no sound pair implausible") {
  const std::vector<block> blocks = read_corpus();
  tally t;
  std::array<std::size_t, 6> per_language{};
  for (const block& b : blocks) {
    ++per_language[static_cast<std::size_t>(b.language)];
    const ai::check_result r = ai::check(b.text, b.language);
    compare(b, r.findings, t);
  }
  std::cout << "check corpus: " << blocks.size() << " paragraphs (";
  for (std::size_t i = 0; i != per_language.size(); ++i)
    std::cout << (i ? ", " : "") << ai::code_of(ai::all_languages[i]) << ' ' << per_language[i];
  std::cout << ")\n"
            << "  sound pairs:   " << t.sound << ", consistent " << t.sound_consistent << ", implausible "
            << t.sound_implausible << '\n'
            << "  planted slips: " << t.slips << ", found with the right cause " << t.slips_found << '\n'
            << "  not checkable: " << t.unchecked << ", found so " << t.unchecked_found << '\n'
            << "  findings without a label: " << t.unlabelled << ", labels without a finding: " << t.missing << '\n';
  CHECK(blocks.size() >= 20);
  for (const std::size_t n : per_language) CHECK(n >= 3);
  CHECK(t.slips >= 7);
  CHECK(t.slips_found == t.slips);
  CHECK(t.sound_implausible == 0);
  CHECK(t.sound_consistent == t.sound);
  CHECK(t.unchecked_found == t.unchecked);
  CHECK(t.unlabelled == 0);
  CHECK(t.missing == 0);
}

TEST_CASE("the corpus as one text, languages guessed, gives the same findings: none across paragraphs") {
  const std::vector<block> blocks = read_corpus();
  std::string all;
  std::vector<ai::finding> expected;
  for (const block& b : blocks) {
    all += b.text + "\n\n";
    for (ai::finding f : ai::check(b.text, b.language).findings) expected.push_back(f);
  }
  const ai::check_result r = ai::check(all, ai::lang::guess);
  REQUIRE(r.findings.size() == expected.size());
  for (std::size_t i = 0; i != expected.size(); ++i) {
    CHECK(r.findings[i].kind == expected[i].kind);
    CHECK(r.findings[i].result == expected[i].result);
    CHECK(r.findings[i].causes == expected[i].causes);
    CHECK(r.findings[i].implied == expected[i].implied);
  }
  CHECK(r.paragraphs == blocks.size());
}
