// Reading a number as a language writes it ("1.234,5" in German, "1,234.5" in English, "1 234,5"
// in French), exactly, into a decimal; and turning a decimal times a magnitude into a double.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "aiscale/core/magnitude.hpp"
#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/exact_double.hpp"
#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

constexpr char decimal_mark(lang l) { return l == lang::en ? '.' : ','; }
constexpr char group_mark(lang l) { return l == lang::en ? ',' : '.'; }

// The length of a grouping separator at i, 0 if there is none. Spaces of every kind, the plain one
// included ("1 000 TWh", as the IEA writes in English), and apostrophes (Swiss "3'000") group in every
// language: read apart, "1 000 TWh" would be 1 and then 0 TWh.
constexpr std::size_t group_separator_at(std::string_view s, std::size_t i, lang l) {
  if (i >= s.size()) return 0;
  const char c = s[i];
  if (c == group_mark(l) || c == '\'') return 1;
  if (c == ' ') return 1;
  if (byte(c) == 0xE2 && i + 2 < s.size() && byte(s[i + 1]) == 0x80 && byte(s[i + 2]) == 0x99) return 3;  // ’
  const std::size_t sp = space_at(s, i);
  return sp > 1 ? sp : 0;
}

struct number_read {
  decimal value{};
  std::size_t end = 0;
  bool ok = false;
  bool too_large = false;
};

// 1e18: room for one more digit, so that every number of up to 19 significant digits is held exactly.
inline constexpr std::uint64_t mantissa_limit = 1000000000000000000ull;
inline constexpr std::int32_t exponent_limit = 330;

constexpr void add_digit(decimal& d, char c, bool fraction) {
  const auto digit = static_cast<std::uint64_t>(c - '0');
  if (d.mantissa < mantissa_limit) {
    d.mantissa = d.mantissa * 10 + digit;
    if (fraction) --d.exp10;
  } else if (!fraction && d.exp10 < exponent_limit + 1) {
    ++d.exp10;  // digits beyond the 17th only scale the number
  }
}

// A power of ten written after a number: "2.1e25", "10^26", "10\u00b2\u2076" (superscript digits) and,
// in German, "10 hoch 25". It is read as part of the number, so that the exponent is never read as a
// figure of its own ("26 FLOP" of "10^26 FLOP"). Only "e" scales any number; the other forms write a
// power of a base, read where the base is 10 and refused otherwise ("2^10" is no decimal figure).
struct exponent_read {
  std::size_t end = 0;  // 0: no exponent at i
  std::int32_t exp10 = 0;
  bool of_base = false;  // "^", superscripts, "hoch": a power of the number before it
};
// A superscript digit at i (or a superscript minus, as 10): its value and length, {0, 0} if none.
struct superscript_read {
  int digit = 0;
  std::size_t length = 0;
};
constexpr superscript_read superscript_at(std::string_view s, std::size_t i) {
  if (i + 1 < s.size() && byte(s[i]) == 0xC2) {
    const unsigned char b = byte(s[i + 1]);
    if (b == 0xB9) return {1, 2};
    if (b == 0xB2 || b == 0xB3) return {b - 0xB0, 2};
  }
  if (i + 2 < s.size() && byte(s[i]) == 0xE2 && byte(s[i + 1]) == 0x81) {
    const unsigned char b = byte(s[i + 2]);
    if (b == 0xB0 || (b >= 0xB4 && b <= 0xB9)) return {b - 0xB0, 3};
    if (b == 0xBB) return {10, 3};
  }
  return {};
}
constexpr exponent_read exponent_at(std::string_view s, std::size_t i, lang l) {
  const auto digits_from = [&](std::size_t k, bool of_base) -> exponent_read {
    bool minus = false;
    if (k < s.size() && (s[k] == '-' || s[k] == '+')) minus = s[k++] == '-';
    const std::size_t first = k;
    std::int32_t e = 0;
    while (k < s.size() && is_digit(s[k]) && k - first < 4) e = e * 10 + (s[k++] - '0');
    if (k == first || (k < s.size() && (is_digit(s[k]) || is_ascii_letter(s[k])))) return {};
    return {k, minus ? -e : e, of_base};
  };
  if (i >= s.size()) return {};
  if (s[i] == 'e' || s[i] == 'E') return digits_from(i + 1, false);
  if (s[i] == '^') return digits_from(i + 1, true);
  if (l == lang::de && i + 6 < s.size() && s[i] == ' ' && lower(s[i + 1]) == 'h' && s[i + 2] == 'o' &&
      s[i + 3] == 'c' && s[i + 4] == 'h' && s[i + 5] == ' ')
    return digits_from(i + 6, true);
  std::size_t k = i;
  bool minus = false;
  std::int32_t e = 0;
  for (superscript_read d = superscript_at(s, k); d.length != 0 && k - i < 12; d = superscript_at(s, k)) {
    if (d.digit == 10 && (k != i || minus)) return {};
    if (d.digit == 10)
      minus = true;
    else
      e = e * 10 + d.digit;
    k += d.length;
  }
  if (k == i || (minus && k == i + 3)) return {};
  return {k, minus ? -e : e, true};
}

// A times sign or word and a power of ten after a number: " × 10^25", "x10²⁵", " · 10^9", " * 10^6",
// " times 10^25", " mal 10 hoch 25", with one space at most on each side of a sign or word. The number
// is its mantissa ("5 × 10^25 FLOP" is 5e25 FLOP); read from "10" alone it would lose it and be a wrong
// figure. times_word(s, j) is the length of a word for "times" at j (the grammar's word index: the
// vocabulary's times_words), 0 if there is none. Its exponent, end 0 if there is none.
template <class TimesWord>
constexpr std::size_t times_word_at(std::string_view s, std::size_t i, TimesWord times_word) {
  if (i + 1 >= s.size() || s[i] != ' ' || !is_ascii_letter(s[i + 1])) return 0;  // the common case: one test
  if (const std::size_t n = times_word(s, i + 1); n != 0 && space_at(s, i + 1 + n) == 1) return n + 2;
  return 0;
}
template <class TimesWord>
constexpr exponent_read times_power_of_ten_at(std::string_view s, std::size_t i, lang l, TimesWord times_word) {
  if (const std::size_t w = times_word_at(s, i, times_word)) {
    i += w;
  } else {
    i += space_at(s, i);
    std::size_t sign = 0;
    if (i < s.size() && (s[i] == 'x' || s[i] == 'X' || s[i] == '*')) sign = 1;
    if (i + 1 < s.size() && ((byte(s[i]) == 0xC3 && byte(s[i + 1]) == 0x97) ||  // U+00D7 multiplication sign
                             (byte(s[i]) == 0xC2 && byte(s[i + 1]) == 0xB7)))   // U+00B7 middle dot
      sign = 2;
    if (i + 2 < s.size() && byte(s[i]) == 0xE2 && byte(s[i + 1]) == 0x8B && byte(s[i + 2]) == 0x85) sign = 3;  // U+22C5
    if (sign == 0) return {};
    i += sign;
    i += space_at(s, i);
  }
  if (i + 2 >= s.size() || s[i] != '1' || s[i + 1] != '0') return {};
  const exponent_read e = exponent_at(s, i + 2, l);
  return e.of_base ? e : exponent_read{};
}

// Reads a number at i in language l; unsigned (the caller reads signs). times_word as for
// times_power_of_ten_at.
template <class TimesWord>
constexpr number_read read_number(std::string_view s, std::size_t i, lang l, TimesWord times_word) {
  number_read r;
  const std::size_t start = i;
  while (i < s.size() && is_digit(s[i])) add_digit(r.value, s[i++], false);
  const std::size_t first_group = i - start;
  // Groups of exactly three digits after one of 1 to 3 digits, all with the same separator.
  if (first_group >= 1 && first_group <= 3) {
    std::size_t sep_len = group_separator_at(s, i, l);
    // The first separator's bytes, compared in place (no substr bounds check, no memcmp call).
    const std::size_t sep_at = i, first_sep_len = sep_len;
    const auto same_separator = [&] {
      if (sep_len != first_sep_len) return false;
      for (std::size_t k = 0; k != sep_len; ++k)
        if (s[i + k] != s[sep_at + k]) return false;
      return true;
    };
    while (sep_len != 0 && same_separator() && i + sep_len + 3 <= s.size() && is_digit(s[i + sep_len]) &&
           is_digit(s[i + sep_len + 1]) && is_digit(s[i + sep_len + 2]) &&
           (i + sep_len + 3 == s.size() || !is_digit(s[i + sep_len + 3]))) {
      i += sep_len;
      for (int k = 0; k != 3; ++k) add_digit(r.value, s[i++], false);
      sep_len = group_separator_at(s, i, l);
    }
  }
  if (i + 1 < s.size() && s[i] == decimal_mark(l) && is_digit(s[i + 1])) {
    ++i;
    while (i < s.size() && is_digit(s[i])) add_digit(r.value, s[i++], true);
  }
  r.ok = i != start && (is_digit(s[start]) || i > start + 1);
  if (const exponent_read e = exponent_at(s, i, l); e.end != 0 && r.ok) {
    // A power of a base other than 10 is no decimal number: refused, never read as its base.
    if (e.of_base && !(r.value.mantissa == 10 && r.value.exp10 == 0)) return {r.value, e.end, false, false};
    if (e.of_base) r.value.mantissa = 1;
    r.value.exp10 += e.exp10;
    i = e.end;
  } else if (const exponent_read t = times_power_of_ten_at(s, i, l, times_word); t.end != 0 && r.ok) {
    r.value.exp10 += t.exp10;
    i = t.end;
  }
  r.end = i;
  // A mark and a digit right after the number: the notation of another language ("1,5" in English,
  // "1.5" in German), or groups that are not of three. Reading "1" and then "5" as a new number
  // would make a wrong figure ("5 GW" of "1,5 GW"); the number is refused as a whole.
  if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) r.ok = false;
  r.too_large = r.value.exp10 > exponent_limit;
  return r;
}

inline constexpr double two_pow_53 = 9007199254740992.0;

// Whether a scale is 10^exp2 alone (no rational part): the scales of to_double's exact path.
constexpr bool is_power_of_ten(const magnitude& m) { return m.num == 1 && m.den == 1 && m.exp2 == m.exp5; }

// mantissa * 10^exp10 * scale as a double, correctly rounded (as std::from_chars rounds): one
// operation where the mantissa and the factor are exact doubles, as in "3 billion" or "1.5", else
// the exact quotient of big integers (exact_double.hpp).
// The scale is taken by reference: a magnitude just built by the caller and passed by value is
// reloaded with wide loads that stall store forwarding (most of a short parse's time).
constexpr double to_double(const decimal& d, const magnitude& unit) {
  const std::int32_t exp2 = unit.exp2 + d.exp10, exp5 = unit.exp5 + d.exp10;
  const auto x = static_cast<double>(d.mantissa);
  // The common case, a power of ten within the exact range of doubles, without 64-bit divisions.
  if (is_power_of_ten(unit) && exp2 >= -22 && exp2 <= 22 && x < two_pow_53) {
    const double v = exp2 >= 0 ? x * pow10_table[exp2] : x / pow10_table[-exp2];
    return d.negative ? -v : v;
  }
  magnitude scale = unit;
  scale.exp2 = exp2;
  scale.exp5 = exp5;
  // Stays 0 for a zero mantissa and for a scale far below the smallest double.
  double v = 0;
  const integer_result up = integer_value(scale);
  const integer_result down = integer_value(inverse(scale));
  const bool underflows = scale.exp2 < -1200 || scale.exp5 < -520;
  if (d.mantissa != 0) {
    // Two exact doubles, one rounding: correctly rounded, and quicker than the big integers.
    const bool exact_mantissa = x < two_pow_53;
    if (exact_mantissa && up.ok && static_cast<double>(up.value) < two_pow_53)
      v = x * static_cast<double>(up.value);
    else if (exact_mantissa && down.ok && static_cast<double>(down.value) < two_pow_53)
      v = x / static_cast<double>(down.value);
    else if (const exact_double e = correctly_rounded(d.mantissa, unit.num, unit.den, exp2, exp5); e.ok)
      v = e.value;
    else if (scale.exp2 > 1100 || scale.exp5 > 480)
      v = std::numeric_limits<double>::infinity();
    else if (!underflows)
      v = x * value_of<double>(scale);
  }
  return d.negative ? -v : v;
}

}  // namespace aiscale::detail::text
