// The words format() writes, per language: scale words (long and compact), currency names and
// symbols, the word between the numbers of a range, "de"/"di", "per year" and the GPU noun. Each is
// a word of the vocabulary flagged as written (W, W1, WC, WCM, WCO, WSYM in vocabulary.hpp), so that
// format() writes only what parse() reads and a word is declared once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/detail/when_used.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

struct scale_level {
  std::int32_t exp10 = 0;
  std::string_view singular;
  std::string_view plural;
};

struct scale_levels {
  const scale_level* levels;
  std::size_t count;
};

// The scale words of language l flagged with any of `flags`, one level per power of ten, smallest
// first; the singular form is the one flagged SING (the plural where there is none).
struct written_levels {
  scale_level levels[8]{};
  std::size_t count = 0;
};
constexpr written_levels levels_flagged(lang l, entry_flags flags) {
  written_levels r;
  for (std::int32_t exp = 3; exp <= 15; exp += 3) {
    std::string_view singular, plural;
    for (const scale_entry& e : scale_words) {
      if ((e.langs & bit(l)) == 0 || (e.flags & flags) == 0 || e.exp10 != exp) continue;
      ((e.flags & SING) != 0 ? singular : plural) = e.text;
    }
    if (singular.empty() && plural.empty()) continue;
    r.levels[r.count++] = {exp, singular.empty() ? plural : singular, plural.empty() ? singular : plural};
  }
  return r;
}

// By language: long, compact for money, compact for other figures.
struct all_written_levels {
  written_levels by[6][3]{};
};
constexpr all_written_levels build_written_levels() {
  all_written_levels r;
  for (const lang l : all_languages) {
    const auto at = static_cast<std::size_t>(l);
    r.by[at][0] = levels_flagged(l, W);
    r.by[at][1] = levels_flagged(l, WC | WCM);
    r.by[at][2] = levels_flagged(l, WC | WCO);
  }
  return r;
}

template <class V>
struct written_tables;

template <class V>
constexpr scale_levels scale_levels_for(lang l, bool compact, bool money) {
  const written_levels& w =
      written_tables<V>::scale_levels.by[static_cast<std::size_t>(l)][compact ? (money ? 1 : 2) : 0];
  return {w.levels, w.count};
}

// The word of `words` that language l writes (flag W), or none.
template <std::size_t N>
constexpr std::string_view written_word(const word_entry (&words)[N], lang l, entry_flags flag = W) {
  for (const word_entry& w : words)
    if ((w.langs & bit(l)) != 0 && (w.flags & flag) != 0) return w.text;
  return {};
}

// The word that joins a scale word to a following noun: "milliards de dollars".
constexpr std::string_view of_word(lang l) { return written_word(of_words, l); }

// Between the two numbers of a range: a word with spaces around it (" bis "), a dash without.
constexpr std::string_view range_word(lang l) { return written_word(range_words, l); }

// A unit's word that language l writes with flag (W1: "Jahr"), or none.
constexpr std::string_view written_unit(lang l, figure_kind kind, const magnitude& scale, entry_flags flag) {
  for (const unit_entry& u : units)
    if ((u.langs & bit(l)) != 0 && (u.flags & flag) != 0 && u.kind == kind && u.scale == scale) return u.text;
  return {};
}

// After an amount of money per year: "a year", "pro Jahr", "all'anno" (the per word, then the year),
// or "/yr" in compact style.
struct per_year_words {
  std::string_view per, year;
};
constexpr per_year_words per_year_for(lang l, bool compact) {
  if (compact) return {written_word(per_words, l, WC), written_unit(l, figure_kind::time, m_year, WC)};
  return {written_word(per_words, l), written_unit(l, figure_kind::time, m_year, W1)};
}

struct currency_words {
  std::string_view code, symbol, singular, plural;
};

// A currency's code, symbol and names in language l, as the vocabulary flags them; empty where it
// writes none (format() writes the code then).
constexpr currency_words find_currency_words(std::string_view code, lang l) {
  currency_words w{code, {}, {}, {}};
  for (const currency_entry& c : currencies) {
    if (c.code != code || c.exp10 != 0) continue;
    if ((c.flags & WSYM) != 0) w.symbol = c.text;
    if ((c.langs & bit(l)) == 0) continue;
    if ((c.flags & W1) != 0) w.singular = c.text;
    if ((c.flags & W) != 0) w.plural = c.text;
  }
  if (w.singular.empty()) w.singular = w.plural;
  return w;
}

// The same for every currency of units/money.hpp and language, found once at compile time.
inline constexpr std::size_t currency_count = sizeof currency_codes / sizeof currency_codes[0];
struct currency_word_table {
  currency_words by[currency_count][6]{};
};
constexpr currency_word_table build_currency_words() {
  currency_word_table t;
  for (std::size_t c = 0; c != currency_count; ++c)
    for (const lang l : all_languages)
      t.by[c][static_cast<std::size_t>(l)] =
          find_currency_words(std::string_view(currency_codes[c].data(), currency_codes[c].size()), l);
  return t;
}

// format()'s tables, built where format is instantiated (when_used.hpp), not in every program that
// includes the text layer.
template <class V>
struct written_tables {
  static constexpr all_written_levels scale_levels = when_used<V>(build_written_levels());
  static constexpr currency_word_table currency_words = when_used<V>(build_currency_words());
};

template <class V>
constexpr currency_words currency_words_for(std::string_view code, lang l) {
  for (std::size_t c = 0; c != currency_count; ++c)
    if (std::string_view(currency_codes[c].data(), currency_codes[c].size()) == code)
      return written_tables<V>::currency_words.by[c][static_cast<std::size_t>(l)];
  return {code, {}, {}, {}};
}

// The accelerator noun: "GPU" for one, "GPUs", "GPU's" or "GPU" for more.
constexpr std::string_view gpu_word(lang l, bool plural) {
  return written_unit(l, figure_kind::gpus, m1, plural ? W : W1);
}

}  // namespace aiscale::detail::text
