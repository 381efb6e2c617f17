// The reader parse() tries first: a number, then words separated by single spaces, each found with
// one lookup in the word table: "75 GW", "3,5 Mrd. EUR", "989 TFLOP/s BF16", "3 000 milliards de
// dollars". It follows the grammar of reader.hpp step by step, and hands every text it is not sure
// of (signs, a currency first, ranges, other spaces, words it does not hold, errors) to the whole
// grammar, so that parse() gives the same answer as parse_general() for every text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "aiscale/core/config.hpp"
#include "aiscale/core/magnitude.hpp"
#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/number.hpp"
#include "aiscale/text/detail/reader.hpp"
#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/detail/word_table.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

// Text at rest after figure f: trailing_text, or unknown_unit where f has no unit or currency and
// the word at rest is one of this language's but for its case ("12 kw": expected "kW"), as the
// vocabulary's word table spells it.
constexpr parse_error trailing_error(std::string_view s, std::size_t rest, lang l, const figure& f) {
  std::size_t e = rest;
  while (e < s.size() && space_at(s, e) == 0) e += char_length(s, e);
  const std::string_view w = s.substr(rest, e - rest);
  if (f.unit_text.empty() && f.currency.empty() && is_valid(l) && l != lang::guess) {
    const auto li = static_cast<std::size_t>(l);
    for (const word_roles& r : word_roles_table) {
      if (r.text == w || !folded_equal(r.text, w)) continue;
      if (role(r.in[li], unit_byte) == no_index && role(r.in[li], currency_byte) == no_index) continue;
      return {parse_errc::unknown_unit, rest, w.size(), r.text, {}};
    }
  }
  return {parse_errc::trailing_text, rest, w.size(), {}, {}};
}

// The whole grammar over the whole text: nothing but spaces may follow the figure.
constexpr figure read_whole_text(std::string_view s, lang l, read_status& st) {
  figure f = read_figure_value(s, 0, l, false, st);
  if (st.ok) {
    const std::size_t rest = skip_spaces(s, f.end);
    if (rest != s.size()) st = {trailing_error(s, rest, l, f), false};
  }
  return f;
}

constexpr bool no_currency_starts_with_a_digit() {
  for (const currency_entry& c : currencies)
    if (is_digit(c.text[0])) return false;
  return true;
}
static_assert(no_currency_starts_with_a_digit(),
              "the fast reader skips the currency-before step at a digit: a currency spelled with a leading digit "
              "needs that step");

// The prefixes that may start a word, by its folded first byte, in table order (the order in
// which find_unit breaks ties).
struct prefix_index {
  std::uint8_t first[256][8]{};
  std::uint8_t count[256]{};
};
constexpr prefix_index build_prefix_index() {
  prefix_index r;
  for (std::size_t k = 0; k != sizeof prefixes / sizeof prefixes[0]; ++k) {
    const std::size_t b = byte(lower(prefixes[k].text[0]));
    r.first[b][r.count[b]++] = static_cast<std::uint8_t>(k);
  }
  return r;
}
inline constexpr prefix_index prefixes_by_first_byte = build_prefix_index();

inline constexpr std::size_t odd_spacing = static_cast<std::size_t>(-1);

// The word after position i, which must be an ASCII space, looked up: its end is i itself at the
// end of the text, and odd_spacing where no space follows, or nothing follows the space. A word
// that starts with another space (a second one, a tab, a no-break space) is looked up as it is: no
// word of the table starts so, so it has no role and the text goes to the grammar.
constexpr word_lookup word_after(std::string_view s, std::size_t i) {
  if (i == s.size()) return {nullptr, i};
  if (s[i] != ' ' || i + 1 == s.size()) return {nullptr, odd_spacing};
  return find_word_at(s, i + 1);
}

constexpr std::string_view view(std::string_view s, std::size_t b, std::size_t e) { return {s.data() + b, e - b}; }

// Which units and prefixes scale by a power of ten (10^exp2, no rational part): a figure in such
// a unit with such a prefix takes to_double's exact path inline (see figure_of). Not the data
// units, whose figures are counted in bytes, not bits.
struct decimal_scale_list {
  bool unit[sizeof units / sizeof units[0]]{};
  bool prefix[sizeof prefixes / sizeof prefixes[0]]{};
};
constexpr decimal_scale_list list_decimal_scales() {
  decimal_scale_list r;
  for (std::size_t k = 0; k != sizeof units / sizeof units[0]; ++k)
    r.unit[k] = units[k].kind != figure_kind::data && is_power_of_ten(units[k].scale);
  for (std::size_t k = 0; k != sizeof prefixes / sizeof prefixes[0]; ++k)
    r.prefix[k] = is_power_of_ten(prefixes[k].scale);
  return r;
}
inline constexpr decimal_scale_list decimal_scales = list_decimal_scales();

// What one word means as read_suffix reads it: 0 for none, else a currency (is_currency_meaning
// and its index) or a unit (its index, and its prefix's index in the second byte, no_index if none).
inline constexpr std::uint32_t is_currency_meaning = 0x10000, is_unit_meaning = 0x20000;

// A prefix and a unit ("Gigawatt", "kWh" spelt otherwise than the table's "kWh"): the first
// prefix in table order whose rest is a unit taking it. Every prefix is tried, since a later one's
// rest may continue after the space.
constexpr std::uint32_t prefixed_meaning(std::string_view s, std::size_t b, std::size_t e, std::size_t li) {
  const bool more = e != s.size();
  std::uint32_t found = 0;
  const std::size_t first = byte(lower(s[b]));
  for (std::size_t q = 0; q != prefixes_by_first_byte.count[first]; ++q) {
    const std::uint8_t pk = prefixes_by_first_byte.first[first][q];
    const prefix_entry& p = prefixes[pk];
    const std::size_t pn = p.text.size();
    if (pn >= e - b) continue;
    const std::string_view head = view(s, b, b + pn);
    if (p.symbol ? head != p.text : !folded_equal(head, p.text)) continue;
    const word_lookup rest = find_word_at(s, b + pn);  // it ends where the word does
    if (rest.other_case()) return 0;
    if (rest.roles == nullptr) continue;
    const word_in_language r = rest.roles->in[li];
    if ((role(r, flags_byte) & flag_extends) && more) return 0;
    const std::uint8_t k = role(r, p.symbol ? unit_symbol_byte : unit_name_byte);
    if (k != no_index && found == 0) found = is_unit_meaning | (std::uint32_t{pk} << 8) | k;
  }
  return found;
}

AISCALE_ALWAYS_INLINE constexpr std::uint32_t meaning_of(std::string_view s, std::size_t b, std::size_t e,
                                                         const word_roles* roles, std::size_t li) {
  if (roles != nullptr) {
    // A space after the word: a longer entry could read on.
    const word_in_language r = roles->in[li];
    if ((role(r, flags_byte) & flag_extends) && e != s.size()) return 0;
    if (const std::uint8_t c = role(r, currency_byte); c != no_index) return is_currency_meaning | c;
    if (const std::uint8_t u = role(r, unit_byte); u != no_index)
      return is_unit_meaning | (std::uint32_t{role(r, prefix_byte)} << 8) | u;
  }
  return prefixed_meaning(s, b, e, li);
}

// Whether " de " (French, Spanish) or " di " (Italian) stands at s[at, at + 4), in any case, with
// more text after it: the small word between a scale word and its unit or currency ("milliards
// de dollars"), compared in place after every scale word. At run time in one 4-byte load: a
// letter and its capital differ in bit 5 alone, and no other byte gains a letter from it.
constexpr bool of_word_at(std::string_view s, std::size_t at, lang l) {
  const char vowel = l == lang::it ? 'i' : l == lang::fr || l == lang::es ? 'e' : '\0';
  if (vowel == '\0' || at + 4 >= s.size()) return false;
  if (reads_wide()) {
    std::uint32_t x = 0;
    std::memcpy(&x, s.data() + at, 4);
    return (x | 0x00202000u) == (0x20006420u | (std::uint32_t{byte(vowel)} << 16));
  }
  return s[at] == ' ' && lower(s[at + 1]) == 'd' && lower(s[at + 2]) == vowel && s[at + 3] == ' ';
}

// The small words after a compute unit, found without the word table: the numeric formats
// (indices as in compute_formats), then "sparse" and "dense" (8 and 9), in any case, as
// find_format matches them; the word table holds them with these roles and no other. A perfect
// hash of their first 8 bytes (each | 0x20, as word_hash takes them) into 16 slots, whose
// multiplier is searched for here, so that one entry is compared.
inline constexpr std::size_t format_count = sizeof compute_formats / sizeof compute_formats[0];
inline constexpr std::size_t sparse_index = format_count, dense_index = format_count + 1;
struct small_word_list {
  word_bytes bytes[format_count + 2]{};
  std::size_t size[format_count + 2]{};
  std::uint64_t multiplier = 0;
  std::uint8_t slot[16]{};  // index + 1; 0: none
};
constexpr std::size_t small_word_hash(std::uint64_t raw, std::uint64_t multiplier) {
  return static_cast<std::size_t>(((raw | 0x2020202020202020ull) * multiplier) >> 60);
}
constexpr small_word_list list_small_words() {
  small_word_list r;
  for (std::size_t k = 0; k != format_count + 2; ++k) {
    const std::string_view w = k < format_count ? compute_formats[k] : k == sparse_index ? "sparse" : "dense";
    r.bytes[k] = bytes_of(w);
    r.size[k] = w.size();
  }
  for (std::uint64_t m = 0x9E3779B97F4A7C15ull;; m += 0x2545F4914F6CDD1Dull * 2) {
    std::uint8_t slot[16]{};
    bool distinct = true;
    for (std::size_t k = 0; k != format_count + 2 && distinct; ++k) {
      std::uint8_t& at = slot[small_word_hash(r.bytes[k].raw[0], m)];
      distinct = at == 0;
      at = static_cast<std::uint8_t>(k + 1);
    }
    if (!distinct) continue;
    r.multiplier = m;
    for (std::size_t h = 0; h != 16; ++h) r.slot[h] = slot[h];
    return r;
  }
}
inline constexpr small_word_list small_words = list_small_words();

// Which of small_words [first, last) the word at b is, or -1 for none; and where the word ends.
struct small_word_found {
  int index = -1;
  std::size_t end = 0;
};
AISCALE_ALWAYS_INLINE constexpr small_word_found small_word_at(std::string_view s, std::size_t b, std::size_t first,
                                                               std::size_t last) {
  // find_word_at's key, for 8 bytes at most (a copy: sharing its 16-byte code slowed the lookup).
  std::uint64_t raw = 0;
  std::size_t n = 0;
  if (reads_wide()) {
    const std::size_t left = s.size() - b;
    raw = load8(s, b);
    n = space_in(raw);
    if (n > left) n = left;
    if (n == 8 && left > 8 && s[b + 8] != ' ') return {};  // longer than any of them
    if (n < 8) raw &= (std::uint64_t{1} << (8 * n)) - 1;
  } else {
    n = word_end(s, b) - b;
    if (n > 8) return {};
    raw = bytes_of(s.substr(b, n)).raw[0];
  }
  const std::uint8_t slot = small_words.slot[small_word_hash(raw, small_words.multiplier)];
  if (slot == 0) return {};
  const std::size_t k = std::size_t{slot} - 1;
  if (k < first || k >= last || small_words.size[k] != n ||
      ((raw ^ small_words.bytes[k].folded[0]) & ~small_words.bytes[k].letters[0]) != 0)
    return {};
  return {static_cast<int>(k), b + n};
}

// The digits of s from i on, added to m; returns where they end. A digit is the byte less '0'
// below 10, one unsigned comparison.
struct digits_read {
  std::size_t end = 0;
  std::uint64_t mantissa = 0;
};
constexpr digits_read read_digits(std::string_view s, std::size_t i, std::uint64_t m) {
  for (; i != s.size(); ++i) {
    const unsigned d = static_cast<unsigned>(byte(s[i])) - unsigned{'0'};
    if (d > 9) break;
    m = m * 10 + d;
  }
  return {i, m};
}

// Groups of three after the integer digits s[0, i) that read_common has read (their value is m), as
// read_number reads them: the mark (s[i]), three digits, and no fourth. Returns where the groups
// end and the number's value so far: two words, so that they come back in registers.
struct grouped_number {
  std::size_t end = 0;
  std::uint64_t mantissa = 0;
};
constexpr grouped_number read_groups(std::string_view s, std::size_t i, std::uint64_t m) {
  const std::size_t n = s.size();
  const char mark = s[i];
  if (reads_wide()) {
    // A group in one load: the mark, three digits (each byte's high nibble 3, and no more than 9
    // once 6 is added), and no fourth digit; bytes past the end of s read as zero. The byte after
    // a group tells whether another follows, so that the last group needs no further load.
    for (;;) {
      const std::uint64_t x = load8(s, i);
      const std::uint64_t g = (x >> 8) & 0xFFFFFF;
      if (static_cast<char>(x) != mark || (g & 0xF0F0F0) != 0x303030 || ((g + 0x060606) & 0xF0F0F0) != 0x303030 ||
          static_cast<std::uint8_t>((x >> 32) - '0') < 10)
        break;
      m = m * 1000 + (g & 0xF) * 100 + ((g >> 8) & 0xF) * 10 + ((g >> 16) & 0xF);
      i += 4;
      if (static_cast<char>(x >> 32) != mark) break;  // also at the end of s, which reads as zero
    }
  } else {
    while (i + 3 < n && s[i] == mark && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
           (i + 4 == n || !is_digit(s[i + 4]))) {
      for (std::size_t k = 1; k != 4; ++k) m = m * 10 + static_cast<std::uint64_t>(s[i + k] - '0');
      i += 4;
    }
  }
  return {i, m};
}

// The figure read_common has read: its value in the kind's unit (the exact path of to_double,
// without its call, where the unit is a power of ten and the value within the exact range of
// doubles), or a default figure where the value is out of range. Inlined at both of its calls,
// so that a currency's constant kind and unit are stored as they are.
AISCALE_ALWAYS_INLINE constexpr figure figure_of(std::uint64_t mantissa, std::int32_t exp10, figure_kind kind,
                                                 std::string_view currency, std::string_view compute_format,
                                                 std::string_view scale_word, std::string_view unit_text,
                                                 std::size_t end, lang l, magnitude unit_scale, bool power_of_ten) {
  double value = 0;
  const std::int32_t e10 = exp10 + unit_scale.exp2;
  if (power_of_ten && e10 >= -22 && e10 <= 22 && mantissa < (std::uint64_t{1} << 53)) {
    const auto x = static_cast<double>(mantissa);
    value = e10 >= 0 ? x * pow10_table[e10] : x / pow10_table[-e10];
  } else {
    const magnitude to_canonical = kind == figure_kind::data ? (unit_scale / canonical_scale(kind)).value : unit_scale;
    value = to_double(decimal{mantissa, exp10, false}, to_canonical);
    if (!is_finite(value) || (value == 0 && mantissa != 0)) return {};  // too large or too small: an error
  }
  // The decimals built in place: a decimal local copied in would be read back as whole words over
  // its padding, which stalls store forwarding.
  return figure{value,
                value,
                kind,
                currency,
                compute_format,
                scale_word,
                unit_text,
                0,
                end,
                l,
                decimal{mantissa, exp10, false},
                decimal{mantissa, exp10, false},
                unit_scale};
}

// Reads s for the shapes above, and returns its figure, or a default figure (its end is 0, where
// no figure ends) for any other text, which the grammar reads. The reader's locals are only s and
// l and what it has read: the grammar's arguments would be kept alive across every lookup.
constexpr figure read_common(std::string_view s, lang l) {
  if (s.empty() || !is_digit(s[0])) return {};
  // The common notations of a number here, as read_number reads them: digits, groups of three
  // after the language's grouping mark (or a space in French) if no more than three digits lead,
  // a decimal part, up to 17 digits in all, then a space or the end; read_number reads the others.
  const std::size_t n = s.size();
  const digits_read integer = read_digits(s, 0, 0);
  std::size_t end = integer.end;
  std::uint64_t mantissa = integer.mantissa;
  std::int32_t exp10 = 0;
  // Digits alone, then a space or the end (and no French group after the space): nothing more.
  const bool digits_alone =
      end <= 17 && (end == n || (s[end] == ' ' && (l != lang::fr || end + 1 == n || !is_digit(s[end + 1]))));
  if (!digits_alone) {
    std::size_t digits = end;
    if (end <= 3 && end + 1 < n &&
        (s[end] == group_mark(l) || (l == lang::fr && s[end] == ' ' && is_digit(s[end + 1])))) {
      const grouped_number g = read_groups(s, end, mantissa);
      digits += (g.end - end) / 4 * 3;
      end = g.end, mantissa = g.mantissa;
    }
    if (end + 1 < n && s[end] == decimal_mark(l) && is_digit(s[end + 1])) {
      const std::size_t point = ++end;
      const digits_read decimals = read_digits(s, end, mantissa);
      end = decimals.end, mantissa = decimals.mantissa;
      digits += end - point;
      exp10 = -static_cast<std::int32_t>(end - point);
    }
    if (digits > 17 || (end != n && s[end] != ' ')) {
      const number_read number = read_number(s, 0, l);
      if (!number.ok || number.too_large) return {};
      mantissa = number.value.mantissa, exp10 = number.value.exp10, end = number.end;
    }
  }
  const auto li = static_cast<std::size_t>(l);
  std::string_view scale_word, unit_text, compute_format;
  figure_kind kind = figure_kind::number;
  magnitude unit_scale{};
  bool power_of_ten = true;  // unit_scale is 10^exp2, as a currency's and a number's are

  word_lookup found = word_after(s, end);
  bool after_of = false;  // the word at b follows "de"/"di"
  std::size_t b = end + 1, e = found.end;
  if (e == odd_spacing) return {};
  if (e != end) {
    if (found.other_case()) return {};
    // The scale step, then the range step, as read_scaled and read_figure_value take them.
    if (found.roles != nullptr) {
      const word_in_language r = found.roles->in[li];
      if (role(r, flags_byte) & flag_scale_other) return {};
      if (const std::uint8_t k = role(r, scale_byte); k != no_index) {
        // A singular form ("1 Milliarde") may be another language's word after a larger number: the
        // grammar decides (foreign_scale_at).
        if (scale_words[k].flags & SING) return {};
        exp10 += scale_words[k].exp10;
        scale_word = view(s, b, e);
        end = e;
        // "milliards de dollars": "de" (or "di") compared in place; it is neither a range word nor a
        // unit, and its case does not matter, so the unit or currency after it is read at once.
        const bool of_word = of_word_at(s, end, l);
        const std::size_t from = of_word ? end + 3 : end;
        found = word_after(s, from);
        b = from + 1, e = found.end;
        if (e == odd_spacing || (e != from && found.other_case()) || (of_word && e == from)) return {};
        after_of = of_word;
      }
    } else {
      const char c = s[b];
      if (find_scale(s, b, bit(l), false, false, false) ||
          ((c == 'B' || c == 'b' || c == 'm') && find_scale(s, b, bit(l), true, false, false)))
        return {};
    }
  }
  if (e != end) {
    const word_roles* roles = found.roles;
    if (!after_of && (roles != nullptr ? (role(roles->in[li], flags_byte) & flag_range) != 0
                                       : find_word(s, b, range_words, sizeof range_words / sizeof range_words[0],
                                                   bit(l), range_word_starts) != 0))
      return {};
    if (!scale_word.empty() && !after_of) {
      // "milliards de dollars": the small word, then the unit or currency after it.
      if (roles != nullptr
              ? (role(roles->in[li], flags_byte) & flag_of_other) != 0
              : find_word(s, b, of_words, sizeof of_words / sizeof of_words[0], bit(l), of_word_starts) != 0)
        return {};
      if (roles != nullptr && (role(roles->in[li], flags_byte) & flag_of_whole)) {
        const std::size_t after = e;
        const word_lookup inner = word_after(s, after);
        b = after + 1, e = inner.end;
        if (e == odd_spacing || e == after || inner.other_case()) return {};
        roles = inner.roles;
      }
    }
    const std::uint32_t meaning = meaning_of(s, b, e, roles, li);
    if (meaning == 0) return {};
    end = e;
    unit_text = view(s, b, e);
    if (meaning & is_currency_meaning) {
      if (end != s.size()) return {};
      return figure_of(mantissa, exp10, figure_kind::money, currencies[meaning & 0xFF].code, {}, scale_word, unit_text,
                       end, l, magnitude{}, true);
    }
    const std::size_t unit = meaning & 0xFF, prefix = (meaning >> 8) & 0xFF;
    kind = units[unit].kind;
    unit_scale = units[unit].scale;
    if (prefix != no_index) {
      unit_scale.exp2 += prefixes[prefix].scale.exp2;
      unit_scale.exp5 += prefixes[prefix].scale.exp5;
    }
    power_of_ten = decimal_scales.unit[unit] && (prefix == no_index || decimal_scales.prefix[prefix]);
    if (kind == figure_kind::compute_rate || kind == figure_kind::compute_work) {
      // "BF16", then "sparse" or "dense", as find_format reads them.
      if (end != s.size()) {
        if (s[end] != ' ' || end + 1 == s.size()) return {};
        const small_word_found format = small_word_at(s, end + 1, 0, format_count);
        if (format.index < 0) return {};
        const auto k = static_cast<std::size_t>(format.index);
        compute_format = compute_formats[k];
        end = format.end;
        if (end != s.size()) {
          if (s[end] != ' ' || end + 1 == s.size()) return {};
          const small_word_found density = small_word_at(s, end + 1, sparse_index, dense_index + 1);
          if (density.index < 0) return {};
          if (density.index == static_cast<int>(sparse_index)) compute_format = sparse_formats[k];
          end = density.end;
        }
      }
    }
    if (end != s.size()) return {};
  }
  return figure_of(mantissa, exp10, kind, {}, compute_format, scale_word, unit_text, end, l, unit_scale, power_of_ten);
}

// The grammar's reading into f, for a text read_common leaves to it: out of line, so that the
// temporary figure it assigns from takes no room in the frame of parse() on the common path.
AISCALE_NOINLINE constexpr void read_by_grammar(figure& f, std::string_view s, lang l, read_status& st,
                                                bool* deferred) {
  if (deferred != nullptr) *deferred = true;
  f = read_whole_text(s, l, st);
}

// Reads s as the whole grammar would: read_common for the common shapes, the grammar otherwise.
// deferred, if given, tells whether the grammar read it (for the tests that keep common phrases
// on the fast path). One figure, returned from both paths, so that it is built in place.
constexpr figure read_fast(std::string_view s, lang l, read_status& st, bool* deferred = nullptr) {
  figure f = read_common(s, l);
  if (f.end != 0)
    st.ok = true;
  else
    read_by_grammar(f, s, l, st, deferred);
  return f;
}

}  // namespace aiscale::detail::text
