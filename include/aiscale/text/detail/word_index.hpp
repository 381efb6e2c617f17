// An index of a word table by language and first byte (ASCII case folded), built at compile time,
// so that reading a word looks at a handful of candidates instead of the whole table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/vocabulary.hpp"

namespace aiscale::detail::text {

template <std::size_t N>
struct word_index {
  std::uint16_t start[6][257]{};  // candidates for language l and first byte b: order[l][start[l][b] .. start[l][b+1])
  std::uint16_t order[6][N]{};
  char second[6][N]{};  // the candidate's second byte, case folded; 0 to skip the check
};

constexpr lang_mask langs_of(const prefix_entry&) { return ALL; }
template <class Entry>
constexpr lang_mask langs_of(const Entry& e) {
  return e.langs;
}

constexpr std::size_t key_of(std::string_view text) { return byte(lower(text[0])); }

template <class Entry, std::size_t N>
constexpr word_index<N> build_index(const Entry (&table)[N]) {
  word_index<N> ix;
  for (std::size_t l = 0; l != 6; ++l) {
    std::uint16_t count[256]{};
    for (std::size_t k = 0; k != N; ++k)
      if (langs_of(table[k]) & (1u << l)) ++count[key_of(table[k].text)];
    std::uint16_t pos = 0;
    std::uint16_t fill[256]{};
    for (std::size_t b = 0; b != 256; ++b) {
      ix.start[l][b] = fill[b] = pos;
      pos = static_cast<std::uint16_t>(pos + count[b]);
    }
    ix.start[l][256] = pos;
    for (std::size_t k = 0; k != N; ++k)  // in table order, which breaks ties between equal-length matches
      if (langs_of(table[k]) & (1u << l)) {
        const std::size_t at = fill[key_of(table[k].text)]++;
        ix.order[l][at] = static_cast<std::uint16_t>(k);
        const std::string_view t = table[k].text;
        ix.second[l][at] = t.size() > 1 && t[1] != ' ' ? lower(t[1]) : '\0';
      }
  }
  return ix;
}

inline constexpr auto scale_index = build_index(scale_words);
inline constexpr auto currency_index = build_index(currencies);
inline constexpr auto unit_index = build_index(units);
inline constexpr auto prefix_index = build_index(prefixes);

constexpr std::size_t index_of(lang_mask single) {
  std::size_t l = 0;
  while (l != 5 && (single & (1u << l)) == 0) ++l;
  return l;
}

// Calls f(entry index) for each candidate of table index ix at s[i] in language mask langs.
template <std::size_t N, class F>
constexpr void for_candidates(const word_index<N>& ix, std::string_view s, std::size_t i, lang_mask langs, F f) {
  if (i >= s.size()) return;
  const std::size_t l = index_of(langs), b = byte(lower(s[i]));
  const char next = i + 1 < s.size() ? lower(s[i + 1]) : '\0';
  for (std::size_t k = ix.start[l][b]; k != ix.start[l][b + 1]; ++k)
    if (ix.second[l][k] == '\0' || ix.second[l][k] == next) f(ix.order[l][k]);
}

}  // namespace aiscale::detail::text
