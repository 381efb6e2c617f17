// Qualifiers: the words before or after a figure that make it a bound ("more than a million GPUs",
// "bis zu 300 MW", "jusqu'à 400 000 puces", "1 GW or more"), in the six languages. check() reads them
// from the text around a figure's span (the text layer reports the figure, not its qualifier).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/check/segment.hpp"

namespace aiscale {

// What a qualifier says of the figure it stands by: its true value is at least or at most the figure.
// Approximations ("about", "rund", "environ", "unos", "circa") say neither: the figure is read as
// written, within the rounding tolerance.
enum class bound_kind : std::uint8_t { none, at_least, at_most };

struct qualifier {
  bound_kind kind = bound_kind::none;
  std::string_view words;  // the qualifier as written in the text, or empty
};

struct qualifier_word {
  std::string_view words;  // lower case, as it stands before (or after) the figure
  bound_kind kind;
};

// Before a figure. The first that ends where the figure begins wins, so a negated phrase ("no more
// than", an upper bound) is listed before the phrase it holds ("more than", a lower bound). "nearly"
// and "almost" are upper bounds: "nearly a million" is not more than a million.
inline constexpr qualifier_word qualifiers_before[] = {
    // negations first
    {"no more than", bound_kind::at_most},
    {"not more than", bound_kind::at_most},
    {"no fewer than", bound_kind::at_least},
    {"no less than", bound_kind::at_least},
    {"not less than", bound_kind::at_least},
    {"nicht mehr als", bound_kind::at_most},
    {"niet meer dan", bound_kind::at_most},
    {"pas plus de", bound_kind::at_most},
    {"pas plus d'", bound_kind::at_most},
    {"no más de", bound_kind::at_most},
    {"non più di", bound_kind::at_most},
    // en
    {"more than", bound_kind::at_least},
    {"over", bound_kind::at_least},
    {"above", bound_kind::at_least},
    {"at least", bound_kind::at_least},
    {"upwards of", bound_kind::at_least},
    {"in excess of", bound_kind::at_least},
    {"north of", bound_kind::at_least},
    {"a minimum of", bound_kind::at_least},
    {"up to", bound_kind::at_most},
    {"under", bound_kind::at_most},
    {"below", bound_kind::at_most},
    {"less than", bound_kind::at_most},
    {"fewer than", bound_kind::at_most},
    {"nearly", bound_kind::at_most},
    {"almost", bound_kind::at_most},
    {"close to", bound_kind::at_most},
    {"at most", bound_kind::at_most},
    {"as many as", bound_kind::at_most},
    {"as much as", bound_kind::at_most},
    {"a maximum of", bound_kind::at_most},
    // de
    {"mehr als", bound_kind::at_least},
    {"über", bound_kind::at_least},
    {"mindestens", bound_kind::at_least},
    {"wenigstens", bound_kind::at_least},
    {"gut", bound_kind::at_least},
    {"bis zu", bound_kind::at_most},
    {"unter", bound_kind::at_most},
    {"weniger als", bound_kind::at_most},
    {"fast", bound_kind::at_most},
    {"knapp", bound_kind::at_most},
    {"nahezu", bound_kind::at_most},
    {"beinahe", bound_kind::at_most},
    {"höchstens", bound_kind::at_most},
    {"maximal", bound_kind::at_most},
    // nl
    {"meer dan", bound_kind::at_least},
    {"ruim", bound_kind::at_least},
    {"minstens", bound_kind::at_least},
    {"ten minste", bound_kind::at_least},
    {"tenminste", bound_kind::at_least},
    {"tot wel", bound_kind::at_most},
    {"tot", bound_kind::at_most},
    {"minder dan", bound_kind::at_most},
    {"bijna", bound_kind::at_most},
    {"maximaal", bound_kind::at_most},
    {"hooguit", bound_kind::at_most},
    // fr
    {"plus de", bound_kind::at_least},
    {"plus d'", bound_kind::at_least},
    {"plus d\xE2\x80\x99", bound_kind::at_least},
    {"au moins", bound_kind::at_least},
    {"jusqu'à", bound_kind::at_most},
    {"jusqu\xE2\x80\x99\xC3\xA0", bound_kind::at_most},
    {"moins de", bound_kind::at_most},
    {"moins d'", bound_kind::at_most},
    {"près de", bound_kind::at_most},
    {"près d'", bound_kind::at_most},
    {"presque", bound_kind::at_most},
    {"au plus", bound_kind::at_most},
    {"au maximum", bound_kind::at_most},
    // es
    {"más de", bound_kind::at_least},
    {"al menos", bound_kind::at_least},
    {"por lo menos", bound_kind::at_least},
    {"hasta", bound_kind::at_most},
    {"menos de", bound_kind::at_most},
    {"casi", bound_kind::at_most},
    {"como máximo", bound_kind::at_most},
    // it
    {"oltre", bound_kind::at_least},
    {"più di", bound_kind::at_least},
    {"almeno", bound_kind::at_least},
    {"fino a", bound_kind::at_most},
    {"meno di", bound_kind::at_most},
    {"quasi", bound_kind::at_most},
    {"al massimo", bound_kind::at_most},
    {"sino a", bound_kind::at_most},
};

// After a figure: "1 GW or more", "100.000 GPUs oder mehr", "500 MW ou moins".
inline constexpr qualifier_word qualifiers_after[] = {
    {"or more", bound_kind::at_least},   {"and more", bound_kind::at_least},    {"or less", bound_kind::at_most},
    {"oder mehr", bound_kind::at_least}, {"oder weniger", bound_kind::at_most}, {"of meer", bound_kind::at_least},
    {"of minder", bound_kind::at_most},  {"ou plus", bound_kind::at_least},     {"ou moins", bound_kind::at_most},
    {"o más", bound_kind::at_least},     {"o menos", bound_kind::at_most},      {"o più", bound_kind::at_least},
    {"o meno", bound_kind::at_most},
};

// "between X and Y", whose Y the text layer reads as a figure of its own: the "and" before it, and
// the word that opens the range within the 48 bytes before.
inline constexpr qualifier_word between_words[] = {
    {"and", bound_kind::at_most}, {"und", bound_kind::at_most}, {"en", bound_kind::at_most},
    {"et", bound_kind::at_most},  {"y", bound_kind::at_most},   {"e", bound_kind::at_most},
};
inline constexpr std::string_view between_openers[] = {"between ", "Between ", "zwischen ", "Zwischen ", "tussen ",
                                                       "Tussen ",  "entre ",   "Entre ",    "tra ",      "fra "};

namespace detail::check {
// A byte in lower case: ASCII letters, and the upper-case Latin-1 letters of UTF-8 (the second byte
// after 0xC3: "Ü" to "ü", "É" to "é"), so that a qualifier opening a sentence ("Über", "Près de") is found.
constexpr char lower_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (i > 0 && static_cast<unsigned char>(s[i - 1]) == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
    return static_cast<char>(c + 0x20);
  return lower(s[i]);
}
constexpr bool same_words(std::string_view written, std::string_view listed) {
  if (written.size() != listed.size()) return false;
  for (std::size_t i = 0; i != written.size(); ++i)
    if (lower_at(written, i) != listed[i]) return false;
  return true;
}
constexpr bool space_at(std::string_view s, std::size_t i) {
  return is_blank(s[i]) || (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
                            static_cast<unsigned char>(s[i + 1]) == 0xA0);  // a no-break space
}
}  // namespace detail::check

// The qualifier of the figure at text[begin, end): a listed phrase that ends where the figure begins
// (blanks between; a phrase ending in an apostrophe, "plus d'", touches the figure), as a whole word,
// or one that follows it.
constexpr qualifier qualifier_of(std::string_view text, std::size_t begin, std::size_t end) {
  using detail::check::is_word_byte;
  std::size_t b = begin;
  while (b > 0 && detail::check::is_blank(text[b - 1])) --b;
  if (b >= 2 && static_cast<unsigned char>(text[b - 2]) == 0xC2 && static_cast<unsigned char>(text[b - 1]) == 0xA0)
    b -= 2;
  for (const qualifier_word& q : qualifiers_before) {
    const std::size_t n = q.words.size();
    if (n > b) continue;
    const bool touches = q.words.back() == '\'' || q.words.back() == '\x99';
    if (!touches && b == begin) continue;  // "gut" of "Gut100" is no word before the figure
    if (touches && b != begin) continue;
    if (b > n && is_word_byte(text[b - n - 1])) continue;  // "Turnover 5 GW": not "over"
    if (detail::check::same_words(text.substr(b - n, n), q.words)) return {q.kind, text.substr(b - n, n)};
  }
  // The second figure of "between 100,000 and 150,000", which the text layer reads alone: at most.
  for (const qualifier_word& q : between_words) {
    const std::size_t n = q.words.size();
    if (b == begin || n + 1 > b || is_word_byte(text[b - n - 1])) continue;
    if (!detail::check::same_words(text.substr(b - n, n), q.words)) continue;
    const std::size_t from = b > 48 ? b - 48 : 0;
    for (const std::string_view opener : between_openers) {
      const std::size_t at = text.substr(from, b - n - from).find(opener);
      if (at != std::string_view::npos) return {bound_kind::at_most, text.substr(from + at, b - from - at)};
    }
  }
  std::size_t a = end;
  while (a < text.size() && detail::check::space_at(text, a))
    a += detail::check::is_blank(text[a]) ? std::size_t{1} : std::size_t{2};
  if (a == end) return {};
  for (const qualifier_word& q : qualifiers_after) {
    const std::size_t n = q.words.size();
    if (a + n > text.size()) continue;
    if (a + n < text.size() && is_word_byte(text[a + n])) continue;
    if (detail::check::same_words(text.substr(a, n), q.words)) return {q.kind, text.substr(a, n)};
  }
  return {};
}

}  // namespace aiscale
