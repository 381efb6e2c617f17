// The reader parse() tries first: a number, then words separated by single spaces, each found with
// one lookup in the word table: "75 GW", "3,5 Mrd. EUR", "989 TFLOP/s BF16", "3 000 milliards de
// dollars". It follows the grammar of reader.hpp step by step, and hands every text it is not sure
// of (signs, a currency first, ranges, other spaces, words it does not hold, errors) to the whole
// grammar, so that parse() gives the same answer as parse_general() for every text.
#pragma once

#include <cstddef>
#include <string_view>

#include "aiscale/core/magnitude.hpp"
#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/number.hpp"
#include "aiscale/text/detail/reader.hpp"
#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/detail/word_table.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

// The whole grammar over the whole text: nothing but spaces may follow the figure.
constexpr figure read_whole_text(std::string_view s, lang l, read_status& st) {
  figure f = read_figure_value(s, 0, l, false, st);
  if (st.ok) {
    const std::size_t rest = skip_spaces(s, f.end);
    if (rest != s.size()) st = {{parse_errc::trailing_text, rest}, false};
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

// The word after position i, which must be an ASCII space: returns the word's end (it starts at
// i + 1) and looks it up into found; returns i itself at the end of the text, and odd_spacing where
// no space follows, or nothing follows the space. A word that starts with another space (a second
// one, a tab, a no-break space) is looked up as it is: no word of the table starts so, so it has no
// role and the text goes to the grammar. Scalars and references only: a struct returned here and
// copied in the reader is stored with narrow writes and reloaded with wide reads, which stalls
// store forwarding.
constexpr std::size_t word_after(std::string_view s, std::size_t i, word_lookup& found) {
  if (i == s.size()) return i;
  if (s[i] != ' ' || i + 1 == s.size()) return odd_spacing;
  std::size_t e = 0;
  found = find_word_at(s, i + 1, e);
  return e;
}

constexpr std::string_view view(std::string_view s, std::size_t b, std::size_t e) { return {s.data() + b, e - b}; }

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
    std::size_t rest_end = 0;  // e: the rest ends where the word does
    const word_lookup rest = find_word_at(s, b + pn, rest_end);
    if (rest.other_case) return 0;
    if (rest.roles == nullptr) continue;
    const word_in_language r = rest.roles->in[li];
    if ((role(r, flags_byte) & flag_extends) && more) return 0;
    const std::uint8_t k = role(r, p.symbol ? unit_symbol_byte : unit_name_byte);
    if (k != no_index && found == 0) found = is_unit_meaning | (std::uint32_t{pk} << 8) | k;
  }
  return found;
}

constexpr std::uint32_t meaning_of(std::string_view s, std::size_t b, std::size_t e, const word_roles* roles,
                                   std::size_t li) {
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

// Whether s[b, e) is w (in lower case) but for the case of its letters: folded_equal with only the
// text to fold, for the "de"/"di" check after every scale word (folded_equal there cost 0.7 ns).
constexpr bool is_word(std::string_view s, std::size_t b, std::size_t e, std::string_view w) {
  if (e - b != w.size()) return false;
  for (std::size_t k = 0; k != w.size(); ++k)
    if (lower(s[b + k]) != w[k]) return false;
  return true;
}

// The small words after a compute unit, compared in place rather than looked up: the numeric
// formats (indices as in compute_formats), then "sparse" and "dense" (8 and 9). In any case, as
// find_format matches them; the word table holds them with these roles and no other.
inline constexpr std::size_t format_count = sizeof compute_formats / sizeof compute_formats[0];
inline constexpr std::size_t sparse_index = format_count, dense_index = format_count + 1;
struct small_word_list {
  word_bytes bytes[format_count + 2]{};
  std::size_t size[format_count + 2]{};
};
constexpr small_word_list list_small_words() {
  small_word_list r;
  for (std::size_t k = 0; k != format_count + 2; ++k) {
    const std::string_view w = k < format_count ? compute_formats[k] : k == sparse_index ? "sparse" : "dense";
    r.bytes[k] = bytes_of(w);
    r.size[k] = w.size();
  }
  return r;
}
inline constexpr small_word_list small_words = list_small_words();

// Which of small_words [first, last) the word at b is (e receives its end), or -1 for none.
constexpr int small_word_at(std::string_view s, std::size_t b, std::size_t& e, std::size_t first, std::size_t last) {
  std::uint64_t raw = 0;
  std::size_t n = 0;
  if (reads_wide(s)) {
    const std::size_t left = s.size() - b;
    raw = load8(s, b);
    n = space_in(raw);
    if (n > left) n = left;
    if (n == 8 && left > 8 && s[b + 8] != ' ') return -1;  // longer than any of them
    if (n < 8) raw &= (std::uint64_t{1} << (8 * n)) - 1;
  } else {
    n = word_end(s, b) - b;
    if (n > 8) return -1;
    raw = bytes_of(s.substr(b, n)).raw[0];
  }
  e = b + n;
  for (std::size_t k = first; k != last; ++k)
    if (small_words.size[k] == n && ((raw ^ small_words.bytes[k].folded[0]) & ~small_words.bytes[k].letters[0]) == 0)
      return static_cast<int>(k);
  return -1;
}

// The rest of a number whose integer digits s[0, i) read_fast has read (their value, modulo 2^64,
// is m), as read_number reads it, for the common notations: groups of three after the language's
// grouping mark (or a space in French), a decimal part, up to 17 digits in all, then a space or the
// end. Returns where it ends (exp10 is left alone without a decimal part), odd_spacing for any
// other number.
constexpr std::size_t read_plain_number(std::string_view s, lang l, std::size_t i, std::uint64_t m,
                                        std::uint64_t& mantissa, std::int32_t& exp10) {
  const std::size_t n = s.size();
  std::size_t digits = i;
  if (i <= 3 && i != n && (s[i] == group_mark(l) || (l == lang::fr && s[i] == ' '))) {
    const char mark = s[i];
    while (i + 3 < n && s[i] == mark && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
           (i + 4 == n || !is_digit(s[i + 4]))) {
      for (std::size_t k = 1; k != 4; ++k) m = m * 10 + static_cast<std::uint64_t>(s[i + k] - '0');
      digits += 3, i += 4;
    }
  }
  if (i + 1 < n && s[i] == decimal_mark(l) && is_digit(s[i + 1])) {
    const std::size_t point = ++i;
    while (i != n && is_digit(s[i])) m = m * 10 + static_cast<std::uint64_t>(s[i++] - '0');
    digits += i - point;
    exp10 = -static_cast<std::int32_t>(i - point);
  }
  if (i != n && s[i] != ' ') return odd_spacing;
  if (digits > 17) return odd_spacing;
  mantissa = m;
  return i;
}

// The grammar's reading, for a text the fast reader leaves to it. A function, not a lambda: a
// closure over the reader's locals would be built on every call, on the fast path too.
constexpr figure by_grammar(std::string_view s, lang l, read_status& st, bool* deferred) {
  if (deferred != nullptr) *deferred = true;
  return read_whole_text(s, l, st);
}

// Reads s as the whole grammar would: itself for the shapes above, with the grammar otherwise.
// deferred, if given, tells whether the grammar read it (for the tests that keep common phrases
// on the fast path).
constexpr figure read_fast(std::string_view s, lang l, read_status& st, bool* deferred = nullptr) {
  if (s.empty() || !is_digit(s[0])) return by_grammar(s, l, st, deferred);
  std::uint64_t mantissa = 0;
  std::int32_t exp10 = 0;
  // Digits and a decimal part here; groups of three in read_plain_number.
  std::size_t end = 0;
  while (end != s.size() && is_digit(s[end])) mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[end++] - '0');
  if (end + 1 < s.size() && s[end] == decimal_mark(l) && is_digit(s[end + 1])) {
    const std::size_t point = ++end;
    while (end != s.size() && is_digit(s[end])) mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[end++] - '0');
    exp10 = -static_cast<std::int32_t>(end - point);
    if (end > 18 || (end != s.size() && s[end] != ' ')) end = odd_spacing;  // 17 digits and the mark
  } else if (end > 17 ||
             (end != s.size() && (s[end] != ' ' || (l == lang::fr && end + 1 < s.size() && is_digit(s[end + 1]))))) {
    end = read_plain_number(s, l, end, mantissa, mantissa, exp10);
  }
  if (end == odd_spacing) {
    const number_read number = read_number(s, 0, l);
    if (!number.ok || number.too_large) return by_grammar(s, l, st, deferred);
    mantissa = number.value.mantissa, exp10 = number.value.exp10, end = number.end;
  }
  const auto li = static_cast<std::size_t>(l);
  const lang_mask lb = bit(l);
  std::string_view scale_word, unit_text, currency, compute_format;
  figure_kind kind = figure_kind::number;
  magnitude unit_scale{};

  word_lookup found{};
  bool after_of = false;  // the word at b follows "de"/"di"
  std::size_t b = end + 1, e = word_after(s, end, found);
  if (e == odd_spacing) return by_grammar(s, l, st, deferred);
  if (e != end) {
    if (found.other_case) return by_grammar(s, l, st, deferred);
    // The scale step, then the range step, as read_scaled and read_figure_value take them.
    if (found.roles != nullptr) {
      const word_in_language r = found.roles->in[li];
      if (role(r, flags_byte) & flag_scale_other) return by_grammar(s, l, st, deferred);
      if (const std::uint8_t k = role(r, scale_byte); k != no_index) {
        exp10 += scale_words[k].exp10;
        scale_word = view(s, b, e);
        end = e;
        // "milliards de dollars": "de" (or "di") compared in place; it is neither a range word nor a
        // unit, and its case does not matter, so the unit or currency after it is read at once.
        const bool of_word = end + 4 < s.size() && s[end] == ' ' && s[end + 3] == ' ' &&
                             (((l == lang::fr || l == lang::es) && is_word(s, end + 1, end + 3, "de")) ||
                              (l == lang::it && is_word(s, end + 1, end + 3, "di")));
        const std::size_t from = of_word ? end + 3 : end;
        b = from + 1, e = word_after(s, from, found);
        if (e == odd_spacing || (e != from && found.other_case) || (of_word && e == from))
          return by_grammar(s, l, st, deferred);
        after_of = of_word;
      }
    } else {
      const char c = s[b];
      if (find_scale(s, b, lb, false, false, false) ||
          ((c == 'B' || c == 'b' || c == 'm') && find_scale(s, b, lb, true, false, false)))
        return by_grammar(s, l, st, deferred);
    }
  }
  if (e != end) {
    const word_roles* roles = found.roles;
    if (!after_of && (roles != nullptr ? (role(roles->in[li], flags_byte) & flag_range) != 0
                                       : find_word(s, b, range_words, sizeof range_words / sizeof range_words[0], lb,
                                                   range_word_starts) != 0))
      return by_grammar(s, l, st, deferred);
    if (!scale_word.empty() && !after_of) {
      // "milliards de dollars": the small word, then the unit or currency after it.
      if (roles != nullptr ? (role(roles->in[li], flags_byte) & flag_of_other) != 0
                           : find_word(s, b, of_words, sizeof of_words / sizeof of_words[0], lb, of_word_starts) != 0)
        return by_grammar(s, l, st, deferred);
      if (roles != nullptr && (role(roles->in[li], flags_byte) & flag_of_whole)) {
        const std::size_t after = e;
        word_lookup inner{};
        b = after + 1, e = word_after(s, after, inner);
        if (e == odd_spacing || e == after || inner.other_case) return by_grammar(s, l, st, deferred);
        roles = inner.roles;
      }
    }
    const std::uint32_t meaning = meaning_of(s, b, e, roles, li);
    if (meaning == 0) return by_grammar(s, l, st, deferred);
    end = e;
    unit_text = view(s, b, e);
    if (meaning & is_currency_meaning) {
      currency = currencies[meaning & 0xFF].code;
      kind = figure_kind::money;
    } else {
      const unit_entry& u = units[meaning & 0xFF];
      kind = u.kind;
      unit_scale = u.scale;
      if (const std::uint32_t p = (meaning >> 8) & 0xFF; p != no_index) {
        unit_scale.exp2 += prefixes[p].scale.exp2;
        unit_scale.exp5 += prefixes[p].scale.exp5;
      }
    }
    if (kind == figure_kind::compute_rate || kind == figure_kind::compute_work) {
      // "BF16", then "sparse" or "dense", as find_format reads them.
      if (end != s.size()) {
        if (s[end] != ' ' || end + 1 == s.size()) return by_grammar(s, l, st, deferred);
        const int k = small_word_at(s, end + 1, e, 0, format_count);
        if (k < 0) return by_grammar(s, l, st, deferred);
        compute_format = compute_formats[k];
        end = e;
        if (end != s.size()) {
          if (s[end] != ' ' || end + 1 == s.size()) return by_grammar(s, l, st, deferred);
          const int d = small_word_at(s, end + 1, e, sparse_index, dense_index + 1);
          if (d < 0) return by_grammar(s, l, st, deferred);
          if (d == static_cast<int>(sparse_index)) compute_format = sparse_formats[k];
          end = e;
        }
      }
    }
    if (end != s.size()) return by_grammar(s, l, st, deferred);
  }
  double value = 0;
  const std::int32_t e10 = exp10 + unit_scale.exp2;
  if (kind != figure_kind::data && unit_scale.num == 1 && unit_scale.den == 1 && unit_scale.exp2 == unit_scale.exp5 &&
      e10 >= -22 && e10 <= 22 && mantissa < (std::uint64_t{1} << 53)) {
    // to_double's exact path, without its call: a power of ten within the exact range of doubles.
    const auto x = static_cast<double>(mantissa);
    value = e10 >= 0 ? x * pow10_table[e10] : x / pow10_table[-e10];
  } else {
    const magnitude to_canonical = kind == figure_kind::data ? (unit_scale / canonical_scale(kind)).value : unit_scale;
    value = to_double(decimal{mantissa, exp10, false}, to_canonical);
    if (value - value != 0) return by_grammar(s, l, st, deferred);
  }
  st.ok = true;
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

}  // namespace aiscale::detail::text
