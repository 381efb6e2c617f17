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
// The first 16 bytes of a word as two little-endian integers (zero after its end), and the same
// with ASCII letters in lower case: comparing a word with the table's is four integer comparisons.
struct word_bytes {
  std::uint64_t raw[2]{};
  std::uint64_t folded[2]{};
};

// ASCII capitals to lower case in each of the 8 bytes (as lower() does); every other byte as it is.
constexpr std::uint64_t fold8(std::uint64_t x) {
  const std::uint64_t low7 = x & 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t above_z = low7 + 0x2525252525252525ull;  // top bit set: byte > 'Z'
  const std::uint64_t from_a = low7 + 0x3F3F3F3F3F3F3F3Full;   // top bit set: byte >= 'A'
  const std::uint64_t capital = from_a & ~above_z & ~x & 0x8080808080808080ull;
  return x | (capital >> 2);
}

constexpr word_bytes bytes_of(std::string_view w) {
  word_bytes r;
  for (std::size_t k = 0; k != w.size() && k != 16; ++k) {
    r.raw[k / 8] |= std::uint64_t{byte(w[k])} << (8 * (k % 8));
    r.folded[k / 8] |= std::uint64_t{byte(lower(w[k]))} << (8 * (k % 8));
  }
  return r;
}

// Open addressing on a hash of the folded first 16 bytes and the length (two multiplies side by
// side, so that the hash is short on the lookup's critical path): with 4096 slots for some 550
// words a word is found in 1.2 probes on average, at most 5 (the text tests check the longest run). Spellings that
// differ only in case ("mW", "MW") share a hash.
inline constexpr std::size_t word_slots = 4096;
constexpr std::size_t word_hash(std::uint64_t folded0, std::uint64_t folded1, std::size_t n) {
  return static_cast<std::size_t>(((folded0 + n) * 0xFF51AFD7ED558CCDull ^ folded1 * 0x9E3779B97F4A7C15ull) >> 52);
}
constexpr std::size_t word_hash(std::string_view w) {
  const word_bytes b = bytes_of(w);
  return word_hash(b.folded[0], b.folded[1], w.size());
}

}  // namespace aiscale::detail::text
