// What the grammar's steps (reader.hpp) make of one word standing alone between spaces, per
// language: a scale word, a currency, a unit, "de"/"di", a numeric format; and the hash that
// places words in the fast reader's table (word_table.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/vocabulary.hpp"

namespace aiscale::detail::text {

inline constexpr std::uint8_t no_index = 0xFF;
static_assert(sizeof units / sizeof units[0] < no_index && sizeof scale_words / sizeof scale_words[0] < no_index &&
                  sizeof currencies / sizeof currencies[0] < no_index,
              "word_roles stores table indices in one byte: widen its index fields for a larger vocabulary");

// A table index per language, a byte each (en in the lowest), no_index where there is none:
// packed so that the generated table stays short to compile.
using per_language = std::uint64_t;
inline constexpr per_language none_in_any = 0xFFFFFFFFFFFFull;
constexpr std::uint8_t index_in(per_language v, std::size_t l) { return static_cast<std::uint8_t>(v >> (8 * l)); }
constexpr void set_index(per_language& v, std::size_t l, std::size_t index) {
  v = (v & ~(per_language{0xFF} << (8 * l))) | (per_language{index} << (8 * l));
}

// What the grammar makes of one word, per language (index: the lang's value).
struct word_roles {
  std::string_view text;  // the word as the vocabulary spells it (lower case where case does not matter)
  bool exact = false;     // case matters (a case-sensitive entry or prefix shares its letters): byte for byte only
  per_language scale = none_in_any;        // scale_words
  per_language currency = none_in_any;     // currencies, written after the number
  per_language unit = none_in_any;         // units: the whole word, or after unit_prefix
  per_language unit_prefix = none_in_any;  // prefixes: the prefix of unit, if any ("k" of "kWh")
  per_language unit_symbol = none_in_any;  // units: the word after a prefix symbol ("W" after "G")
  per_language unit_name = none_in_any;    // units: the word after a prefix name ("watt" after "giga")
  lang_mask scale_other = 0;  // the scale step reads less than the word ("Mio." in "Mio.-EUR") or a "$3B" letter
  lang_mask extends = 0;      // a longer entry continues after a space ("H100" in "H100 GPUs")
  lang_mask range = 0;        // a range word starts the word
  lang_mask of_whole = 0;     // the word is "de" or "di"
  lang_mask of_other = 0;     // an elided or shorter "de" starts it
  std::int8_t format = -1;    // compute_formats index; -2: a format that ends inside the word
  std::uint8_t density = 0;   // 1 "sparse", 2 "dense", 3 one of them ending inside the word
};

constexpr bool folded_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k != a.size(); ++k)
    if (lower(a[k]) != lower(b[k])) return false;
  return true;
}
// Open addressing on a hash of the folded length and five of the bytes (first two, middle, last
// two): cheap to compute, and spread so that a word is found in 1.2 probes on average and at most 4
// (the static tests check the longest run).
inline constexpr std::size_t word_slots = 2048;
// Letters fold with | 0x20, which maps 'A' and 'a' alike (and leaves every other byte one value).
constexpr std::uint64_t hash_byte(char c) { return byte(c) | 0x20u; }
constexpr std::size_t word_hash(const char* w, std::size_t n) {
  std::uint64_t key = n;
  key |= hash_byte(w[0]) << 8;
  key |= hash_byte(w[n > 1 ? 1 : 0]) << 16;
  key |= hash_byte(w[n - 1]) << 24;
  key |= hash_byte(w[n > 1 ? n - 2 : 0]) << 32;
  key |= hash_byte(w[n / 2]) << 40;
  key ^= key >> 29;
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 53);  // the top 11 bits: word_slots
}
constexpr std::size_t word_hash(std::string_view w) { return word_hash(w.data(), w.size()); }

}  // namespace aiscale::detail::text
