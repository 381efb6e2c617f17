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

// What the grammar makes of one word in one language, packed in 64 bits so that the fast reader
// reads it with one load: table indices (no_index where there is none) and flags, a byte each.
using word_in_language = std::uint64_t;
inline constexpr unsigned scale_byte = 0;         // scale_words
inline constexpr unsigned currency_byte = 8;      // currencies, written after the number
inline constexpr unsigned unit_byte = 16;         // units: the whole word, or after its prefix
inline constexpr unsigned prefix_byte = 24;       // prefixes: the unit's prefix, if any ("k" of "kWh")
inline constexpr unsigned unit_symbol_byte = 32;  // units: the word after a prefix symbol ("W" after "G")
inline constexpr unsigned unit_name_byte = 40;    // units: the word after a prefix name ("watt" after "giga")
inline constexpr unsigned flags_byte = 48;        // the flags below
inline constexpr unsigned format_byte = 56;       // low 4 bits: compute_formats index; high 4: density

// The scale step reads less than the word ("Mio." in "Mio.-EUR") or a "$3B" letter.
inline constexpr std::uint8_t flag_scale_other = 1;
inline constexpr std::uint8_t flag_extends = 2;    // a longer entry continues after a space ("H100" in "H100 GPUs")
inline constexpr std::uint8_t flag_range = 4;      // a range word starts the word
inline constexpr std::uint8_t flag_of_whole = 8;   // the word is "de" or "di"
inline constexpr std::uint8_t flag_of_other = 16;  // an elided or shorter "de" starts it
inline constexpr std::uint8_t no_format = 15, other_format = 14;  // the word is no format; one ends inside it
inline constexpr std::uint8_t sparse_word = 1, dense_word = 2, other_density = 3;

inline constexpr word_in_language no_roles = 0x0F00FFFFFFFFFFFFull;  // no index, no flag, no format

constexpr std::uint8_t role(word_in_language r, unsigned at) { return static_cast<std::uint8_t>(r >> at); }
constexpr void set_role(word_in_language& r, unsigned at, std::size_t value) {
  r = (r & ~(word_in_language{0xFF} << at)) | (word_in_language{value & 0xFF} << at);
}

struct word_roles {
  std::string_view text;  // the word as the vocabulary spells it (lower case where case does not matter)
  bool exact = false;     // case matters (a case-sensitive entry or prefix shares its letters): byte for byte only
  word_in_language in[6]{no_roles, no_roles, no_roles, no_roles, no_roles, no_roles};  // by lang's value
};

constexpr bool folded_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k != a.size(); ++k)
    if (lower(a[k]) != lower(b[k])) return false;
  return true;
}

// The first 16 bytes of a word as two little-endian integers (zero after its end): as spelt, in
// lower case, and with 0x20 at each letter. A text's bytes x match the word but for case where
// ((x ^ folded) & ~letters) == 0, since a letter differs from its capital by 0x20 alone: the text
// itself is never folded.
struct word_bytes {
  std::uint64_t raw[2]{};
  std::uint64_t folded[2]{};
  std::uint64_t letters[2]{};
};

constexpr word_bytes bytes_of(std::string_view w) {
  word_bytes r;
  for (std::size_t k = 0; k != w.size() && k != 16; ++k) {
    const unsigned shift = 8 * (k % 8);
    r.raw[k / 8] |= std::uint64_t{byte(w[k])} << shift;
    r.folded[k / 8] |= std::uint64_t{byte(lower(w[k]))} << shift;
    if (is_ascii_letter(w[k])) r.letters[k / 8] |= std::uint64_t{0x20} << shift;
  }
  return r;
}

// Open addressing on a hash of the first 16 bytes and the length. The bytes enter with | 0x20,
// which makes a letter and its capital alike without folding (and merges only bytes that no two
// words of the table tell apart by), and the two halves are multiplied side by side: with 4096
// slots for some 550 words a word is found in about 1.2 probes, at most 5 (the text tests check
// the longest run). Spellings that differ only in case ("mW", "MW") share a hash.
inline constexpr std::size_t word_slots = 4096;
constexpr std::size_t word_hash(std::uint64_t raw0, std::uint64_t raw1, std::size_t n) {
  constexpr std::uint64_t case_bits = 0x2020202020202020ull;
  const std::uint64_t k = ((raw0 | case_bits) ^ n) * 0xFF51AFD7ED558CCDull + (raw1 | case_bits) * 0x9E3779B97F4A7C15ull;
  // The top 12 bits (word_slots): a product's high bits depend on every bit of its factors.
  return static_cast<std::size_t>(k >> 52);
}

// A hash slot holds the word's index + 1 (0: empty), its length and whether its case matters, so
// that a probe passes over a word of another length, and takes one whose case does not matter,
// without reading the word itself.
inline constexpr unsigned slot_length_shift = 10, slot_exact_bit = 15;
inline constexpr std::size_t slot_index_limit = 0x3FF;  // the ten bits of the index + 1
inline constexpr std::size_t longest_table_word = 31;   // the five bits of the length
constexpr std::uint16_t slot_of(std::size_t index, std::size_t length, bool exact) {
  return static_cast<std::uint16_t>((index + 1) | (length << slot_length_shift) |
                                    (std::size_t{exact} << slot_exact_bit));
}
constexpr std::size_t slot_index(std::uint16_t slot) { return (slot & slot_index_limit) - 1; }
constexpr std::size_t slot_length(std::uint16_t slot) { return (slot >> slot_length_shift) & 0x1Fu; }
constexpr bool slot_exact(std::uint16_t slot) { return (slot >> slot_exact_bit) != 0; }

constexpr std::size_t word_hash(std::string_view w) {
  const word_bytes b = bytes_of(w);
  return word_hash(b.raw[0], b.raw[1], w.size());
}

}  // namespace aiscale::detail::text
