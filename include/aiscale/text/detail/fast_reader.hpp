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

// A word of the text: [begin, end), ended by a space or the text's end.
struct text_word {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool found = false;  // false at the end of the text
  bool odd = false;    // spacing the fast reader leaves to the grammar: two spaces, a tab, none
};

constexpr text_word next_word(std::string_view s, std::size_t i) {
  text_word w;
  if (i == s.size()) return w;
  if (s[i] != ' ' || i + 1 == s.size() || space_at(s, i + 1) != 0) {
    w.odd = true;
    return w;
  }
  w.begin = i + 1;
  w.end = w.begin;
  while (w.end != s.size() && s[w.end] != ' ') ++w.end;
  w.found = true;
  return w;
}

// A unit or currency read from one word, as read_suffix reads it.
struct word_meaning {
  bool ok = false;
  bool is_currency = false;
  std::string_view currency;
  figure_kind kind = figure_kind::number;
  magnitude scale{};
};

constexpr word_meaning unit_or_currency(std::string_view s, const text_word& w, const word_roles* roles,
                                        std::size_t li) {
  word_meaning m;
  const auto lb = static_cast<lang_mask>(1u << li);
  const bool more = w.end != s.size();  // a space follows, which a longer entry could read
  if (roles != nullptr) {
    if ((roles->extends & lb) && more) return m;
    if (const std::uint8_t c = index_in(roles->currency, li); c != no_index) {
      m.ok = m.is_currency = true;
      m.currency = currencies[c].code;
      return m;
    }
    if (const std::uint8_t u = index_in(roles->unit, li); u != no_index) {
      m.ok = true;
      m.kind = units[u].kind;
      m.scale = units[u].scale;
      if (const std::uint8_t p = index_in(roles->unit_prefix, li); p != no_index) {
        m.scale.exp2 += prefixes[p].scale.exp2;
        m.scale.exp5 += prefixes[p].scale.exp5;
      }
      return m;
    }
  }
  // A prefix and a unit: the first prefix in table order whose rest is a unit taking it. Every
  // prefix is tried, since a later one's rest may continue after the space.
  const std::size_t b = byte(lower(s[w.begin]));
  for (std::size_t q = 0; q != prefixes_by_first_byte.count[b]; ++q) {
    const prefix_entry& p = prefixes[prefixes_by_first_byte.first[b][q]];
    const std::size_t pn = p.text.size();
    if (pn >= w.end - w.begin) continue;
    const std::string_view head = s.substr(w.begin, pn);
    if (p.symbol ? head != p.text : !folded_equal(head, p.text)) continue;
    const word_lookup rest = find_word_roles(s, w.begin + pn, w.end);
    if (rest.other_case) return word_meaning{};
    if (rest.roles == nullptr) continue;
    if ((rest.roles->extends & lb) && more) return word_meaning{};
    const std::uint8_t k = index_in(p.symbol ? rest.roles->unit_symbol : rest.roles->unit_name, li);
    if (k == no_index || m.ok) continue;
    m.ok = true;
    m.kind = units[k].kind;
    m.scale = units[k].scale;
    m.scale.exp2 += p.scale.exp2;
    m.scale.exp5 += p.scale.exp5;
  }
  return m;
}

// The number at the start of s as read_number reads it, for the common notations: up to 17
// digits, groups of three after a separator, the language's grouping mark (or a space in French), a decimal
// part, then a space or the end. False for any other number, which read_number reads.
constexpr bool read_plain_number(std::string_view s, lang l, number_read& r) {
  const std::size_t n = s.size();
  std::uint64_t m = 0;
  std::int32_t exp10 = 0;
  std::size_t i = 0, digits = 0;
  const auto take = [&](char c) { m = m * 10 + static_cast<std::uint64_t>(c - '0'), ++digits; };
  while (i != n && is_digit(s[i])) take(s[i++]);
  if (i <= 3 && i != n && (s[i] == group_mark(l) || (l == lang::fr && s[i] == ' '))) {
    const char mark = s[i];
    while (i + 3 < n && s[i] == mark && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
           (i + 4 == n || !is_digit(s[i + 4]))) {
      take(s[i + 1]), take(s[i + 2]), take(s[i + 3]);
      i += 4;
    }
  }
  if (i + 1 < n && s[i] == decimal_mark(l) && is_digit(s[i + 1]))
    for (++i; i != n && is_digit(s[i]); ++i) take(s[i]), --exp10;
  if (digits > 17 || (i != n && s[i] != ' ')) return false;
  r.value.mantissa = m;
  r.value.exp10 = exp10;
  r.end = i;
  r.ok = true;
  return true;
}

// Reads s as the whole grammar would, or, for any text outside the shapes above, with it.
constexpr figure read_fast(std::string_view s, lang l, read_status& st) {
  if (s.empty() || !is_digit(s[0])) return read_whole_text(s, l, st);
  number_read number;
  if (!read_plain_number(s, l, number)) number = read_number(s, 0, l);
  if (!number.ok || number.too_large) return read_whole_text(s, l, st);
  const auto li = static_cast<std::size_t>(l);
  const lang_mask lb = bit(l);
  std::size_t end = number.end;
  std::int32_t exp10 = number.value.exp10;
  std::string_view scale_word, unit_text, currency, compute_format;
  figure_kind kind = figure_kind::number;
  magnitude unit_scale{};

  text_word w = next_word(s, end);
  if (w.odd) return read_whole_text(s, l, st);
  word_lookup found{};
  if (w.found) {
    found = find_word_roles(s, w.begin, w.end);
    if (found.other_case) return read_whole_text(s, l, st);
    // The scale step, then the range step, as read_scaled and read_figure_value take them.
    if (found.roles != nullptr) {
      if (found.roles->scale_other & lb) return read_whole_text(s, l, st);
      if (const std::uint8_t k = index_in(found.roles->scale, li); k != no_index) {
        exp10 += scale_words[k].exp10;
        scale_word = s.substr(w.begin, w.end - w.begin);
        end = w.end;
        w = next_word(s, end);
        if (w.odd) return read_whole_text(s, l, st);
        if (w.found) {
          found = find_word_roles(s, w.begin, w.end);
          if (found.other_case) return read_whole_text(s, l, st);
        }
      }
    } else {
      const char c = s[w.begin];
      if (find_scale(s, w.begin, lb, false, false, false) ||
          ((c == 'B' || c == 'b' || c == 'm') && find_scale(s, w.begin, lb, true, false, false)))
        return read_whole_text(s, l, st);
    }
  }
  if (w.found) {
    const word_roles* roles = found.roles;
    if (roles != nullptr ? (roles->range & lb) != 0
                         : find_word(s, w.begin, range_words, sizeof range_words / sizeof range_words[0], lb,
                                     range_word_starts) != 0)
      return read_whole_text(s, l, st);
    if (!scale_word.empty()) {
      // "milliards de dollars": the small word, then the unit or currency after it.
      if (roles != nullptr
              ? (roles->of_other & lb) != 0
              : find_word(s, w.begin, of_words, sizeof of_words / sizeof of_words[0], lb, of_word_starts) != 0)
        return read_whole_text(s, l, st);
      if (roles != nullptr && (roles->of_whole & lb)) {
        w = next_word(s, w.end);
        if (!w.found) return read_whole_text(s, l, st);
        const word_lookup inner = find_word_roles(s, w.begin, w.end);
        if (inner.other_case) return read_whole_text(s, l, st);
        roles = inner.roles;
      }
    }
    const word_meaning m = unit_or_currency(s, w, roles, li);
    if (!m.ok) return read_whole_text(s, l, st);
    end = w.end;
    unit_text = s.substr(w.begin, w.end - w.begin);
    if (m.is_currency) {
      currency = m.currency;
      kind = figure_kind::money;
    } else {
      kind = m.kind;
      unit_scale = m.scale;
    }
    if (kind == figure_kind::compute_rate || kind == figure_kind::compute_work) {
      // "BF16", then "sparse" or "dense", as find_format reads them.
      w = next_word(s, end);
      if (w.odd) return read_whole_text(s, l, st);
      if (w.found) {
        const word_lookup f = find_word_roles(s, w.begin, w.end);
        if (f.roles == nullptr || f.roles->format < 0) return read_whole_text(s, l, st);
        const auto k = static_cast<std::size_t>(f.roles->format);
        compute_format = compute_formats[k];
        end = w.end;
        w = next_word(s, end);
        if (w.odd) return read_whole_text(s, l, st);
        if (w.found) {
          const word_lookup d = find_word_roles(s, w.begin, w.end);
          if (d.roles == nullptr || d.roles->density == 0 || d.roles->density == 3) return read_whole_text(s, l, st);
          if (d.roles->density == 1) compute_format = sparse_formats[k];
          end = w.end;
        }
      }
    }
    if (end != s.size()) return read_whole_text(s, l, st);
  }
  const decimal low{number.value.mantissa, exp10, false};
  const magnitude to_canonical = kind == figure_kind::data ? (unit_scale / canonical_scale(kind)).value : unit_scale;
  const double value = to_double(low, to_canonical);
  if (value - value != 0) return read_whole_text(s, l, st);
  st.ok = true;
  return figure{value, value, kind, currency, compute_format, scale_word, unit_text, 0, end, l, low, low, unit_scale};
}

}  // namespace aiscale::detail::text
