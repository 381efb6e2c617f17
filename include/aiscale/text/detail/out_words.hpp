// The words format() writes, per language: scale words (long and compact), currency names and
// symbols, the word between the numbers of a range. Every one of them is also read by parse().
#pragma once

#include <cstdint>
#include <string_view>

#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

struct scale_level {
  std::int32_t exp10;
  std::string_view singular;
  std::string_view plural;
};

struct scale_levels {
  const scale_level* levels;
  std::size_t count;
};

// clang-format off
inline constexpr scale_level en_long[] = {{6, "million", "million"}, {9, "billion", "billion"},
                                          {12, "trillion", "trillion"}, {15, "quadrillion", "quadrillion"}};
inline constexpr scale_level en_compact_money[] = {{3, "k", "k"}, {6, "M", "M"}, {9, "B", "B"}, {12, "T", "T"}};
inline constexpr scale_level en_compact[] = {{3, "k", "k"}, {6, "M", "M"}, {9, "bn", "bn"}, {12, "tn", "tn"}};
inline constexpr scale_level de_long[] = {{6, "Million", "Millionen"}, {9, "Milliarde", "Milliarden"},
                                          {12, "Billion", "Billionen"}, {15, "Billiarde", "Billiarden"}};
inline constexpr scale_level de_compact[] = {{3, "Tsd.", "Tsd."}, {6, "Mio.", "Mio."}, {9, "Mrd.", "Mrd."},
                                             {12, "Bio.", "Bio."}};
inline constexpr scale_level nl_long[] = {{6, "miljoen", "miljoen"}, {9, "miljard", "miljard"},
                                          {12, "biljoen", "biljoen"}, {15, "biljard", "biljard"}};
inline constexpr scale_level nl_compact[] = {{6, "mln.", "mln."}, {9, "mld.", "mld."}, {12, "bln.", "bln."}};
// French and Italian news write "3 000 milliards", "3.000 miliardi" rather than billions/bilioni.
inline constexpr scale_level fr_long[] = {{6, "million", "millions"}, {9, "milliard", "milliards"}};
inline constexpr scale_level fr_compact[] = {{6, "M", "M"}, {9, "Md", "Md"}};
inline constexpr scale_level es_long[] = {{6, "mill\u00f3n", "millones"}, {9, "mil millones", "mil millones"},
                                          {12, "bill\u00f3n", "billones"}};
inline constexpr scale_level es_compact[] = {{6, "M", "M"}, {9, "mm", "mm"}};
inline constexpr scale_level it_long[] = {{6, "milione", "milioni"}, {9, "miliardo", "miliardi"}};
inline constexpr scale_level it_compact[] = {{6, "mln", "mln"}, {9, "mld", "mld"}};
// clang-format on

template <std::size_t N>
constexpr scale_levels levels_of(const scale_level (&a)[N]) {
  return {a, N};
}

constexpr scale_levels scale_levels_for(lang l, bool compact, bool money) {
  switch (l) {
    case lang::de:
      return compact ? levels_of(de_compact) : levels_of(de_long);
    case lang::nl:
      return compact ? levels_of(nl_compact) : levels_of(nl_long);
    case lang::fr:
      return compact ? levels_of(fr_compact) : levels_of(fr_long);
    case lang::es:
      return compact ? levels_of(es_compact) : levels_of(es_long);
    case lang::it:
      return compact ? levels_of(it_compact) : levels_of(it_long);
    default:
      return compact ? (money ? levels_of(en_compact_money) : levels_of(en_compact)) : levels_of(en_long);
  }
}

// The word that joins a scale word to a following noun: "milliards de dollars".
constexpr std::string_view of_word(lang l) {
  switch (l) {
    case lang::fr:
    case lang::es:
      return "de";
    case lang::it:
      return "di";
    default:
      return {};
  }
}

// Between the two numbers of a range.
constexpr std::string_view range_text(lang l) {
  switch (l) {
    case lang::de:
      return " bis ";
    case lang::nl:
      return " tot ";
    case lang::fr:
      return " \u00e0 ";
    case lang::es:
    case lang::it:
      return " a ";
    default:
      return "\u2013";
  }
}

// After an amount of money per year: "USD 199 million a year", "199 Millionen US-Dollar pro Jahr".
constexpr std::string_view per_year_text(lang l, bool compact) {
  if (compact) return "/yr";
  switch (l) {
    case lang::de:
      return " pro Jahr";
    case lang::nl:
      return " per jaar";
    case lang::fr:
      return " par an";
    case lang::es:
      return " al a\u00f1o";
    case lang::it:
      return " all'anno";
    default:
      return " a year";
  }
}

struct currency_words {
  std::string_view code, symbol, singular, plural;
};

constexpr currency_words currency_words_for(std::string_view code, lang l) {
  currency_words w{code, {}, {}, {}};
  if (code == "USD") w.symbol = "$";
  if (code == "EUR") w.symbol = "\u20ac";
  if (code == "GBP") w.symbol = "\u00a3";
  if (code == "JPY") w.symbol = "\u00a5";
  if (code == "CNY") w.symbol = "CN\u00a5";
  const bool usd = code == "USD", eur = code == "EUR";
  if (!usd && !eur) return w;
  switch (l) {
    case lang::en:
      w.singular = usd ? "US dollar" : "euro", w.plural = usd ? "US dollars" : "euros";
      break;
    case lang::de:
      w.singular = w.plural = usd ? "US-Dollar" : "Euro";
      break;
    case lang::nl:
      w.singular = w.plural = usd ? "dollar" : "euro";
      break;
    case lang::fr:
      w.singular = usd ? "dollar" : "euro", w.plural = usd ? "dollars" : "euros";
      break;
    case lang::es:
      w.singular = usd ? "d\u00f3lar" : "euro", w.plural = usd ? "d\u00f3lares" : "euros";
      break;
    case lang::it:
      w.singular = usd ? "dollaro" : "euro", w.plural = usd ? "dollari" : "euro";
      break;
    default:
      break;
  }
  return w;
}

constexpr std::string_view gpu_word(lang l, bool plural) {
  if (!plural) return "GPU";
  switch (l) {
    case lang::en:
    case lang::de:
      return "GPUs";
    case lang::nl:
      return "GPU's";
    default:
      return "GPU";
  }
}

}  // namespace aiscale::detail::text
