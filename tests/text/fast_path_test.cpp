// parse() against parse_general(), the whole grammar it must agree with in every field: each word of the
// vocabulary after numbers of every notation, pairs and triples of words, and random text, in every language.
#include <aiscale/text/parse.hpp>
#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "../catch.hpp"
#include "figure_compare.hpp"

namespace ai = aiscale;
namespace tx = aiscale::detail::text;
using ai::lang;

// ---- in constant evaluation ------------------------------------------------------------------------

namespace {
// Both readers read the text in constant evaluation, to the same figure.
constexpr bool agree(std::string_view text, lang l) {
  const auto fast = ai::parse(text, l);
  const auto general = tx::parse_general(text, l);
  return fast.has_value() && general.has_value() && fast->value == general->value && fast->kind == general->kind &&
         fast->end == general->end && aiscale_test::first_difference(fast, general) == nullptr;
}
// And fail at the same place.
constexpr bool agree_on_error(std::string_view text, lang l) {
  const auto fast = ai::parse(text, l);
  const auto general = tx::parse_general(text, l);
  return !fast.has_value() && aiscale_test::first_difference(fast, general) == nullptr;
}
}  // namespace

static_assert(agree("75 GW", lang::en));
static_assert(agree("3,5 Mrd. EUR", lang::de));
static_assert(agree("989 TFLOP/s BF16", lang::en));
static_assert(agree("3 000 milliards de dollars", lang::fr));
static_assert(agree("100.000 H100-GPUs", lang::de));
static_assert(agree("1,5 \u00e0 2 GW", lang::fr));
static_assert(agree("USD 25-30bn", lang::en));
static_assert(agree("4 bis 5 Millionen GPUs", lang::de));
static_assert(agree("3,5 Mrd. EUR", lang::guess));
static_assert(agree_on_error("1.000 GW", lang::guess));
static_assert(agree_on_error("75 GW extra", lang::en));

// ---- run time --------------------------------------------------------------------------------------

namespace {

constexpr lang every_language[] = {lang::en, lang::de, lang::nl, lang::fr, lang::es, lang::it, lang::guess};

// The sanitizers slow reading about five times: there the exhaustive sets are thinned to one text in
// four and the samples cut to an eighth, which keeps the sanitize suite's growth near six seconds. The
// plain Debug builds run everything.
#if defined(__SANITIZE_ADDRESS__)
#define AISCALE_DIFF_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AISCALE_DIFF_SANITIZED 1
#endif
#endif
#ifdef AISCALE_DIFF_SANITIZED
constexpr std::size_t thinning = 4;
constexpr std::size_t sample_divisor = 8;
#else
constexpr std::size_t thinning = 1;
constexpr std::size_t sample_divisor = 1;
#endif

std::size_t env_count(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read before any thread starts
  if (v == nullptr) return fallback;
  const std::string_view s(v);
  std::size_t n = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), n);
  return r.ec == std::errc{} && r.ptr == s.data() + s.size() ? n : fallback;
}

// AISCALE_DIFF_EXHAUSTIVE=1 runs every set whole: every pair of words, and no thinning under the sanitizers.
bool exhaustive() { return env_count("AISCALE_DIFF_EXHAUSTIVE", 0) != 0; }

std::size_t pick(std::mt19937_64& rng, std::size_t n) {
  return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
}

// Compares both readers on texts, each in every language, and reports the first differences in full.
class differential {
 public:
  // one_in > 1 compares a fixed random choice of one text in one_in.
  explicit differential(std::size_t one_in = 1) : one_in_(exhaustive() ? 1 : one_in) {}

  void check(std::string_view text) {
    ++offered_;
    if (one_in_ > 1 && pick(thin_, one_in_) != 0) return;
    for (const lang l : every_language) check(text, l);
  }

  // Fails the test case on any difference, or when too few texts came: `least` guards the generators
  // (a table read as empty would pass every comparison).
  void verdict(std::size_t least) const {
    INFO(offered_ << " texts, " << compared_ << " readings compared, " << differences_ << " differed");
    CHECK(differences_ == 0);
    CHECK(offered_ >= least);
    CHECK(compared_ * one_in_ * 2 >= offered_ * std::size(every_language));
  }

 private:
  void check(std::string_view text, lang l) {
    ++compared_;
    const auto fast = ai::parse(text, l);
    const auto general = tx::parse_general(text, l);
    const char* field = aiscale_test::first_difference(fast, general);
    if (field == nullptr) return;
    if (++differences_ <= max_reports) FAIL_CHECK(aiscale_test::difference_report(text, l, field, fast, general));
  }

  static constexpr std::size_t max_reports = 20;
  std::size_t one_in_;
  std::mt19937_64 thin_{12345};
  std::size_t offered_ = 0;
  std::size_t compared_ = 0;
  std::size_t differences_ = 0;
};

// Numbers in the notations of the six languages, and ones that only some read (or none).
constexpr std::string_view numbers[] = {
    "75", "1", "1,5", "1.5", "3 000", "100.000", "1,234.5", "0", "1.000.000", "12345678901234567890", "2",
};
// Between the number and a word, and between words.
constexpr std::string_view separators[] = {" ", "  ", "", "\u00a0", "\u202f", "\t"};

std::string ascii_lower(std::string_view w) {
  std::string r(w);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}
std::string ascii_upper(std::string_view w) {
  std::string r(w);
  for (char& c : r)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return r;
}
std::string first_upper(std::string_view w) {
  std::string r = ascii_lower(w);
  if (!r.empty() && r[0] >= 'a' && r[0] <= 'z') r[0] = static_cast<char>(r[0] - 'a' + 'A');
  return r;
}

void sort_unique(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

// Each word as written, all lower, all upper and capitalised (ASCII letters: the readers fold no others).
std::vector<std::string> with_case_variants(const std::vector<std::string>& words) {
  std::vector<std::string> r;
  r.reserve(words.size() * 4);
  for (const std::string& w : words) {
    r.push_back(w);
    r.push_back(ascii_lower(w));
    r.push_back(ascii_upper(w));
    r.push_back(first_upper(w));
  }
  sort_unique(r);
  return r;
}

// The word classes of the grammar, read from the vocabulary's tables so that new words are covered.
// The words of one class that each language reads.
struct by_language {
  std::vector<std::string> in[std::size(ai::all_languages)];

  void add(std::string_view w, tx::lang_mask langs) {
    for (const lang l : ai::all_languages)
      if ((langs & tx::bit(l)) != 0) in[static_cast<std::size_t>(l)].emplace_back(w);
  }
};

struct vocabulary {
  std::vector<std::string> scales, currencies, units, prefixes, ranges, ofs, formats, modifiers;
  std::vector<std::string> prefixed_units;        // every prefix before every unit, most of them nonsense
  std::vector<std::string> valid_prefixed_units;  // symbol before symbol, name before name: "GW", "gigawatt"
  by_language scales_of, currencies_of, units_of, ranges_of, ofs_of;  // units_of with the valid prefixed ones

  vocabulary() {
    for (const auto& e : tx::scale_words) scales.emplace_back(e.text), scales_of.add(e.text, e.langs);
    for (const auto& e : tx::currencies) currencies.emplace_back(e.text), currencies_of.add(e.text, e.langs);
    for (const auto& e : tx::units) units.emplace_back(e.text), units_of.add(e.text, e.langs);
    for (const auto& e : tx::prefixes) prefixes.emplace_back(e.text);
    for (const auto& e : tx::range_words) ranges.emplace_back(e.text), ranges_of.add(e.text, e.langs);
    for (const auto& e : tx::of_words) ofs.emplace_back(e.text), ofs_of.add(e.text, e.langs);
    for (const auto f : tx::compute_formats) {
      formats.emplace_back(f);
      formats.push_back("(" + std::string(f) + ")");
    }
    for (const auto f : tx::sparse_formats) formats.emplace_back(f);
    modifiers = {"sparse", "dense", "(", ")"};
    for (const auto& p : tx::prefixes) {
      for (const auto& u : tx::units) {
        prefixed_units.push_back(std::string(p.text) + std::string(u.text));
        if ((u.flags & (p.symbol ? tx::PSYM : tx::PNAME)) == 0) continue;
        valid_prefixed_units.push_back(prefixed_units.back());
        units_of.add(prefixed_units.back(), u.langs);
      }
    }
  }

  // Every word of every class except the prefixed units, as written.
  std::vector<std::string> words() const {
    std::vector<std::string> r;
    for (const auto* c : {&scales, &currencies, &units, &prefixes, &ranges, &ofs, &formats, &modifiers})
      r.insert(r.end(), c->begin(), c->end());
    sort_unique(r);
    return r;
  }
};

const vocabulary& vocab() {
  static const vocabulary v;
  return v;
}

bool chance(std::mt19937_64& rng, double p) { return std::bernoulli_distribution(p)(rng); }
template <class C>
const auto& any_of(std::mt19937_64& rng, const C& c) {
  return c[pick(rng, std::size(c))];
}

// A word in one of its case forms, or with random letters' case flipped.
std::string recased(std::mt19937_64& rng, std::string_view w) {
  switch (pick(rng, 6)) {
    case 0:
      return ascii_lower(w);
    case 1:
      return ascii_upper(w);
    case 2:
      return first_upper(w);
    case 3: {
      std::string r(w);
      for (char& c : r)
        if (chance(rng, 0.3) && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) c = static_cast<char>(c ^ 0x20);
      return r;
    }
    default:
      return std::string(w);
  }
}

// Every space the readers know, and some they do not (thin space is one; the ideographic space is not).
constexpr std::string_view spaces[] = {" ", "  ", "\u00a0", "\u202f", "\u2009", "\t", "\n", "\r", "\u3000", ""};

// A number as one of the languages writes it, or almost: grouping separators of every kind, decimal
// marks, leading marks, wrong group sizes, and more digits than a double holds.
std::string random_number(std::mt19937_64& rng, lang l = lang::guess) {
  constexpr std::string_view group_marks[] = {",", ".", " ", "\u00a0", "\u202f", "\u2009", "'", "\u2019"};
  constexpr std::string_view decimal_marks[] = {",", "."};
  // Mostly the language's own marks when one is given.
  const bool own = l != lang::guess && chance(rng, 0.7);
  const std::string group(own ? std::string(1, tx::group_mark(l)) : std::string(any_of(rng, group_marks)));
  const std::string decimal(own ? std::string(1, tx::decimal_mark(l)) : std::string(any_of(rng, decimal_marks)));
  const auto digits = [&](std::size_t n) {
    std::string d;
    for (std::size_t k = 0; k != n; ++k) d += static_cast<char>('0' + pick(rng, 10));
    return d;
  };
  std::string r;
  const std::size_t style = pick(rng, 6);
  if (style == 0) {
    // Now and then more digits than a double holds (about 310 make it overflow, too_large).
    r = chance(rng, 0.05) ? digits(290 + pick(rng, 50)) : digits(1 + pick(rng, chance(rng, 0.1) ? 30 : 6));
  } else if (style <= 3) {
    // Grouped: a head of one to three digits, then groups of three (or, sometimes, of another size).
    r = digits(1 + pick(rng, 3));
    for (std::size_t g = pick(rng, 5); g != 0; --g) r += group + digits(chance(rng, 0.85) ? 3 : 1 + pick(rng, 4));
  } else if (style == 4) {
    r = digits(1 + pick(rng, 4));
  } else {
    r = "";  // a leading decimal mark: ",5", ".25"
  }
  if (style == 5 || chance(rng, 0.35)) r += decimal + digits(1 + pick(rng, 4));
  return r;
}

constexpr std::string_view broken_utf8[] = {"\xe2", "\xe2\x80", "\xc2", "\xe2\x88", "\xf0\x9f"};
constexpr std::string_view odd_bits[] = {".", ",", "'", "/", "-", "\u2019", "\u2212", "+",  "%",
                                         "$", "s", "x", "e", "B", "m",      "de",     "per"};
constexpr std::string_view signs[] = {"-", "+", "\u2212", "\u2013"};

// A byte sequence that is not a whole word: stray continuation bytes, truncated UTF-8, lone letters.
std::string random_junk(std::mt19937_64& rng) {
  switch (pick(rng, 8)) {
    case 0:
      return std::string(1, static_cast<char>(0x80 + pick(rng, 0x40)));  // a continuation byte
    case 1:
      return std::string(1, static_cast<char>(0xC3 + pick(rng, 7)));  // a lead byte of a letter, alone
    case 2:
      return std::string(any_of(rng, broken_utf8));
    case 3:
      return std::string(1, static_cast<char>(pick(rng, 256)));
    case 4:
      return std::string(any_of(rng, odd_bits));
    case 5:
      return std::string(1, static_cast<char>('a' + pick(rng, 26)));
    case 6:
      return std::string(1, static_cast<char>('0' + pick(rng, 10)));
    default:
      return std::string(1, '\0');
  }
}

// One fragment of random text, drawn class by class so that small classes come up as often as large ones.
std::string random_fragment(std::mt19937_64& rng) {
  const vocabulary& v = vocab();
  switch (pick(rng, 14)) {
    case 0:
    case 1:
      return random_number(rng);
    case 2:
      return std::string(any_of(rng, spaces));
    case 3:
      return std::string(any_of(rng, signs));
    case 4:
      return recased(rng, any_of(rng, v.ranges));
    case 5:
      return recased(rng, any_of(rng, v.ofs));
    case 6:
      return recased(rng, any_of(rng, v.scales));
    case 7:
      return recased(rng, any_of(rng, v.currencies));
    case 8:
      return recased(rng, any_of(rng, v.units));
    case 9:
      return recased(rng, chance(rng, 0.7) ? any_of(rng, v.valid_prefixed_units) : any_of(rng, v.prefixed_units));
    case 10:
      return recased(rng, any_of(rng, v.formats));
    case 11:
      return recased(rng, any_of(rng, v.modifiers));
    default:
      return random_junk(rng);
  }
}

// Random text in the figure grammar's shape, [sign] [currency] number [scale] [range number [scale]] [of]
// [unit | currency] [format [sparse]] [junk], with each part optional and spaces of every kind between;
// mostly in one language's words and notation, so that much of it reads.
std::string random_figure(std::mt19937_64& rng) {
  const vocabulary& v = vocab();
  const lang l = any_of(rng, ai::all_languages);
  const auto li = static_cast<std::size_t>(l);
  std::string r;
  const auto gap = [&] { r += chance(rng, 0.6) ? std::string(" ") : std::string(any_of(rng, spaces)); };
  const auto word = [&](const by_language& own, const std::vector<std::string>& all) {
    const std::vector<std::string>& from = chance(rng, 0.75) && !own.in[li].empty() ? own.in[li] : all;
    r += chance(rng, 0.7) ? any_of(rng, from) : recased(rng, any_of(rng, from));
  };
  const auto number = [&] { r += random_number(rng, chance(rng, 0.8) ? l : lang::guess); };
  if (chance(rng, 0.1)) r += any_of(rng, signs);
  if (chance(rng, 0.2)) word(v.currencies_of, v.currencies), gap();
  number();
  if (chance(rng, 0.4)) gap(), word(v.scales_of, v.scales);
  if (chance(rng, 0.2)) {
    gap(), word(v.ranges_of, v.ranges), gap();
    number();
    if (chance(rng, 0.4)) gap(), word(v.scales_of, v.scales);
  }
  if (chance(rng, 0.2)) gap(), word(v.ofs_of, v.ofs);
  if (chance(rng, 0.8)) {
    gap();
    if (chance(rng, 0.4))
      word(v.currencies_of, v.currencies);
    else
      word(v.units_of, v.valid_prefixed_units);
  }
  if (chance(rng, 0.25)) {
    gap(), r += recased(rng, any_of(rng, v.formats));
    if (chance(rng, 0.3)) gap(), r += recased(rng, any_of(rng, v.modifiers));
  }
  if (chance(rng, 0.1)) r += random_fragment(rng);
  return r;
}

}  // namespace

TEST_CASE("parse agrees with parse_general on every word after every number and separator") {
  differential d(thinning);
  const std::vector<std::string> words = with_case_variants(vocab().words());
  std::string text;
  for (const std::string& w : words) {
    for (const std::string_view n : numbers) {
      for (const std::string_view sep : separators) d.check(text.assign(n).append(sep).append(w));
    }
  }
  // Currencies before the number: "USD 25", "$3".
  for (const std::string& c : with_case_variants(vocab().currencies)) {
    for (const std::string_view n : numbers) {
      for (const std::string_view sep : separators) d.check(text.assign(c).append(sep).append(n));
    }
  }
  // Signed numbers before each word: "-0" must stay negative zero, and U+2212 is a minus sign too.
  for (const std::string& w : words) {
    for (const std::string_view sign : {"-", "+", "\u2212"}) {
      for (const std::string_view n : {"0", "1,5", "75"}) d.check(text.assign(sign).append(n).append(" ").append(w));
    }
  }
  // The numbers alone, and nothing at all.
  for (const std::string_view n : numbers) d.check(n);
  d.check(""), d.check("  ");
  d.verdict(std::size(tx::units) * std::size(numbers) * std::size(separators));
}

TEST_CASE("parse agrees with parse_general on every prefix before every unit") {
  differential d(thinning);
  std::string text;
  // All of them in every case form, glued to the number or after a space.
  for (const std::string& u : with_case_variants(vocab().prefixed_units)) {
    for (const std::string_view sep : {" ", ""}) d.check(text.assign("75").append(sep).append(u));
  }
  // The ones that read as units, after every notation of number.
  for (const std::string& u : vocab().valid_prefixed_units) {
    for (const std::string_view n : numbers) d.check(text.assign(n).append(" ").append(u));
  }
  d.verdict(std::size(tx::prefixes) * std::size(tx::units));
}

TEST_CASE("parse agrees with parse_general on the grammar's longer shapes, word by word") {
  using tx::FR, tx::ES, tx::IT;
  const vocabulary& v = vocab();
  differential d(thinning);
  std::string text;
  // Scale, of-word, currency or unit: "3 000 milliards de dollars", "2 miliardi di euro", "3 millions d'euros"
  // (every scale word with currencies; the scale words of the languages that have of-words with units).
  for (const auto& scale : tx::scale_words) {
    for (const auto& of : tx::of_words) {
      // An elided word ("d'", "d\u2019") is written against the next one.
      const auto last = static_cast<unsigned char>(of.text.back());
      const bool elided = last == '\'' || last == 0x99;
      const std::string head = "3 " + std::string(scale.text) + " " + std::string(of.text) + (elided ? "" : " ");
      for (const std::string& c : v.currencies) d.check(text.assign(head).append(c));
      if ((scale.langs & (FR | ES | IT)) == 0) continue;
      for (const std::string& u : v.units) d.check(text.assign(head).append(u));
    }
  }
  // Ranges with a scale word on the second number, then nothing, a unit, a currency or an of-word and
  // currency: "4 bis 5 Millionen GPUs", "25-30k", "1,5 \u00e0 2 milliards de dollars".
  for (const std::string& range : v.ranges) {
    for (const std::string_view n : {"5", "1,5", "3 000", "100.000"}) {
      for (const std::string& scale : v.scales) {
        for (const std::string_view tail : {"", " GPUs", " USD", " de dollars", " di euro"}) {
          d.check(text.assign("4 ").append(range).append(" ").append(n).append(" ").append(scale).append(tail));
          d.check(text.assign("4").append(range).append(n).append(scale).append(tail));
        }
      }
    }
  }
  // A currency before a number, a range and a scale word: "USD 25-30bn", "$3B", "\u20ac1,5 Mrd.".
  for (const std::string& c : v.currencies) {
    for (const std::string_view n : {"3", "25-30", "1,5"}) {
      for (const std::string& scale : v.scales) {
        d.check(text.assign(c).append(" ").append(n).append(" ").append(scale));
        d.check(text.assign(c).append(n).append(scale));
      }
    }
  }
  // Compute units, bare and with a tera prefix (the other prefixes have their own test), with every
  // format, in brackets or not, dense or sparse: "989 TFLOP/s BF16 sparse".
  std::vector<std::string> compute_units;
  for (const auto& u : tx::units) {
    if (u.kind != ai::figure_kind::compute_rate && u.kind != ai::figure_kind::compute_work) continue;
    compute_units.emplace_back(u.text);
    if ((u.flags & tx::PSYM) != 0) compute_units.push_back("T" + std::string(u.text));
    if ((u.flags & tx::PNAME) != 0) compute_units.push_back("tera" + std::string(u.text));
  }
  for (const std::string& u : compute_units) {
    for (const std::string& f : v.formats) {
      for (const std::string_view tail : {"", " sparse", " dense", "sparse", " SPARSE", " (sparse)"})
        d.check(text.assign("989 ").append(u).append(" ").append(f).append(tail));
      d.check(text.assign("989 ").append(u).append(f));
      d.check(text.assign("989 ").append(u).append(" (").append(f).append(")"));
    }
  }
  d.verdict(std::size(tx::scale_words) * std::size(tx::of_words) * std::size(tx::currencies));
}

TEST_CASE("parse agrees with parse_general on pairs of words after a number") {
  // Every pair, up to a bound that keeps a Debug build near two seconds as the vocabulary grows; past
  // it, and under the sanitizers, a fixed sample spread over all pairs.
  std::vector<std::string> words = vocab().words();
  for (const std::string_view n : numbers) words.emplace_back(n);
  const std::size_t all = words.size() * words.size();
  const std::size_t wanted = exhaustive() ? all : std::min(all, std::size_t{200000} / sample_divisor);
  differential d;
  std::mt19937_64 rng(20251123);
  std::string text;
  for (std::size_t a = 0; a != words.size(); ++a) {
    for (std::size_t b = 0; b != words.size(); ++b) {
      if (wanted < all && pick(rng, all) >= wanted) continue;  // each pair with probability wanted/all
      d.check(text.assign("75 ").append(words[a]).append(" ").append(words[b]));
    }
  }
  d.verdict(wanted / 2);
}

TEST_CASE("parse agrees with parse_general on sampled triples of words after a number") {
  const vocabulary& v = vocab();
  const std::vector<const std::vector<std::string>*> classes = {
      &v.scales, &v.currencies, &v.units, &v.valid_prefixed_units, &v.ranges, &v.ofs, &v.formats, &v.modifiers};
  const std::vector<std::string> number_words(std::begin(numbers), std::end(numbers));
  const std::size_t count = 40000 / sample_divisor;
  differential d;
  std::mt19937_64 rng(7);
  std::string text;
  for (std::size_t k = 0; k != count; ++k) {
    text.assign(any_of(rng, numbers));
    for (int w = 0; w != 3; ++w) {
      text.append(any_of(rng, separators));
      // A number in a quarter of the slots: ranges need their second one.
      const std::vector<std::string>& c = chance(rng, 0.25) ? number_words : *any_of(rng, classes);
      text.append(recased(rng, any_of(rng, c)));
    }
    d.check(text);
  }
  d.verdict(count);
}

TEST_CASE("parse agrees with parse_general on random text") {
  // AISCALE_DIFF_COUNT sets how many texts (each read in every language); the seed is fixed.
  const std::size_t count = env_count("AISCALE_DIFF_COUNT", 100000 / sample_divisor);
  differential d;
  std::mt19937_64 rng(0x5eed'a15c'a1e0ull);
  std::string text;
  for (std::size_t k = 0; k != count; ++k) {
    if (chance(rng, 0.5)) {
      text = random_figure(rng);
    } else {
      // Half of them start with a number, as figures do; the rest may start with anything.
      text = chance(rng, 0.5) ? random_number(rng) : std::string();
      for (std::size_t f = 1 + pick(rng, 6); f != 0; --f) {
        text += random_fragment(rng);
        if (chance(rng, 0.5)) text += any_of(rng, spaces);
      }
    }
    // Cut short now and then, which leaves words and UTF-8 sequences unfinished.
    if (!text.empty() && chance(rng, 0.1)) text.resize(pick(rng, text.size()));
    d.check(text);
  }
  d.verdict(count);
}
