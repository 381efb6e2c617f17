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
  std::vector<parse_error> errors;  // figures that could not be read unambiguously (lang::guess)
};

namespace detail::text {
// A bare number ("in 2025", "page 3") is not a figure; one with a unit, currency or scale word is.
constexpr bool is_figure(const figure& f) {
  return !(f.kind == figure_kind::number && f.scale_word.empty() && f.unit_text.empty());
}

constexpr bool may_start_figure(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (!starts_word(s, i)) return false;
  if (is_digit(c) || c == '$' || c == '-' || c == '+') return true;
  if (c == 'U' || c == 'E' || c == 'G' || c == 'C' || c == 'J' || c == 'R') return true;  // USD, US$, EUR ...
  return byte(c) == 0xE2 || byte(c) == 0xC2 || byte(c) == 0xC3;                           // -, ¥, £, €
}
}  // namespace detail::text

// Scans text left to right; a figure is read where a word may start, and reading resumes after it.
inline extraction extract(std::string_view text, lang language) {
  extraction out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (detail::text::may_start_figure(text, i)) {
      const detail::text::read_outcome r = detail::text::read_in(text, i, language, false);
      if (r.ok && r.fig.end > i && detail::text::is_figure(r.fig)) {
        out.figures.push_back(r.fig);
        i = r.fig.end;
        continue;
      }
      if (!r.ok && r.error.code == parse_errc::ambiguous_language) {
        out.errors.push_back(r.error);
        // skip the number that could not be decided, and the no-break space it may start with
        // (may_start_figure admits its lead byte; without this the scan never moved on)
        i = detail::text::skip_spaces(text, i);
        while (i < text.size() && !detail::text::space_at(text, i)) i += detail::text::char_length(text, i);
        continue;
      }
    }
    i += detail::text::char_length(text, i);
  }
  return out;
}

}  // namespace aiscale
