// extract(text, lang): every figure in a running text, with its span, for reading articles.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/reader.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"
#include "aiscale/text/parse.hpp"
#include "aiscale/text/result.hpp"

namespace aiscale {

struct extraction {
  std::vector<figure> figures;      // in text order
  std::vector<parse_error> errors;  // figures that could not be read without a doubt about their value
};

namespace detail::text {
// A bare number ("in 2025", "page 3") is not a figure; one with a unit, currency or scale word is.
constexpr bool is_figure(const figure& f) {
  return !(f.kind == figure_kind::number && f.scale_word.empty() && f.unit_text.empty());
}

// A number written as a word at i in language l, or in any language for lang::guess.
constexpr bool number_word_at(std::string_view s, std::size_t i, lang l) {
  if (l != lang::guess) return static_cast<bool>(find_number_word(s, i, bit(l)));
  for (const lang in : all_languages)
    if (find_number_word(s, i, bit(in))) return true;
  return false;
}

constexpr bool may_start_figure(std::string_view s, std::size_t i, lang l) {
  const char c = s[i];
  if (!starts_word(s, i)) return false;
  // Not the digits after a mark that ends a number ("5" of "1,5" or "1.5"): that number was read,
  // or refused as a whole, where it began.
  if (is_digit(c) && i >= 2 && (s[i - 1] == '.' || s[i - 1] == ',') && is_digit(s[i - 2])) return false;
  if (is_digit(c) || c == '$' || c == '-' || c == '+') return true;
  if (c == 'U' || c == 'E' || c == 'G' || c == 'C' || c == 'J' || c == 'R') return true;  // USD, US$, EUR ...
  if (byte(c) == 0xE2 || byte(c) == 0xC2) return true;  // -, ¥, £, €
  return (is_ascii_letter(c) || byte(c) == 0xC3) && number_word_at(s, i, l);  // "five years", "één miljoen"
}

// Errors that extract reports and steps over: a figure is there, but reading it would give a
// wrong value (a number in another notation, another language's scale word) or the language
// decides its value (lang::guess).
constexpr bool reported(parse_errc e) {
  return e == parse_errc::ambiguous_language || e == parse_errc::bad_number || e == parse_errc::other_language ||
         e == parse_errc::too_large || e == parse_errc::too_small;
}
}  // namespace detail::text

// Scans text left to right; a figure is read where a word may start, and reading resumes after it.
inline extraction extract(std::string_view text, lang language) {
  extraction out;
  if (!is_valid(language)) {
    out.errors.push_back({parse_errc::unknown_language, 0});
    return out;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    if (detail::text::may_start_figure(text, i, language)) {
      const detail::text::read_outcome r = detail::text::read_in(text, i, language, false);
      if (r.ok && r.fig.end > i && detail::text::is_figure(r.fig)) {
        out.figures.push_back(r.fig);
        i = r.fig.end;
        continue;
      }
      if (!r.ok && detail::text::reported(r.error.code)) {
        out.errors.push_back(r.error);
        // Skip the number (and word) that could not be read. The reading may have started on a symbol
        // or a no-break space before it, so move at least one character, and at least to where
        // reading failed, then to the end of that word.
        std::size_t next = i + detail::text::char_length(text, i);
        if (r.error.offset > next) next = r.error.offset;
        i = next;
        while (i < text.size() && !detail::text::space_at(text, i)) i += detail::text::char_length(text, i);
        continue;
      }
    }
    i += detail::text::char_length(text, i);
  }
  return out;
}

// Refused: the figures would point into a string that is gone when extract returns. Keep the text
// in a variable while the figures are used.
template <class S>
requires detail::text::owning_temporary<S> extraction extract(S&& text, lang language)
= delete;

}  // namespace aiscale
