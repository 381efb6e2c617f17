// Byte-level helpers for reading UTF-8 text: the spaces a figure may contain (including the
// no-break and narrow no-break spaces), word boundaries, and ASCII case folding.
#pragma once

#include <cstddef>
#include <string_view>

namespace aiscale::detail::text {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_alnum(char c) { return is_digit(c) || is_ascii_letter(c); }
constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr unsigned char byte(char c) { return static_cast<unsigned char>(c); }

// The length of the space at i: ASCII blanks, U+00A0, U+2009 (thin), U+202F (narrow no-break); 0 if none.
constexpr std::size_t space_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (byte(c) == 0xC2 && i + 1 < s.size() && byte(s[i + 1]) == 0xA0) return 2;
  if (byte(c) == 0xE2 && i + 2 < s.size() && byte(s[i + 1]) == 0x80 &&
      (byte(s[i + 2]) == 0xAF || byte(s[i + 2]) == 0x89))
    return 3;
  return 0;
}

constexpr std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (std::size_t n = space_at(s, i)) i += n;
  return i;
}

// Letters of the six languages outside ASCII start with the lead bytes C3 to C9 (U+00C0 to U+027F).
constexpr bool is_letter_lead(char c) { return byte(c) >= 0xC3 && byte(c) <= 0xC9; }
constexpr bool is_continuation(char c) { return (byte(c) & 0xC0) == 0x80; }

// Whether a letter starts at i: an ASCII letter or digit, or a lead byte C3 to C9 with its
// continuation byte (a lone Latin-1 byte such as 0xC9, "\xc9", is no letter: invalid UTF-8 next to a
// figure must not hide it).
constexpr bool letter_at(std::string_view s, std::size_t i) {
  return i < s.size() &&
         (is_ascii_alnum(s[i]) || (is_letter_lead(s[i]) && i + 1 < s.size() && is_continuation(s[i + 1])));
}

// Whether an apostrophe (' or U+2019) that elides a word stands at i: a letter follows it, as in
// "d'habitants", "d\u2019ici". The word before it is then cut short ("d" of "d'habitants" is no unit).
constexpr bool elision_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  if (s[i] == '\'') return letter_at(s, i + 1);
  return byte(s[i]) == 0xE2 && i + 2 < s.size() && byte(s[i + 1]) == 0x80 && byte(s[i + 2]) == 0x99 &&
         letter_at(s, i + 3);
}

// Whether a word may start at i (the previous character is not a letter or digit).
constexpr bool starts_word(std::string_view s, std::size_t i) {
  if (i == 0) return true;
  std::size_t j = i - 1;
  while (j > 0 && is_continuation(s[j]) && i - j < 4) --j;  // back to the lead byte
  return !letter_at(s, j);
}

// Whether a word may end before position i: the next character is not a letter or digit, nor an
// apostrophe that elides a one-letter word ("d'", "l'": the "d" of "d'habitants" is no day). A
// longer word keeps its end before a possessive: "billion's", "GW's".
constexpr bool boundary_at(std::string_view s, std::size_t i) {
  if (letter_at(s, i)) return false;
  return !(elision_at(s, i) && i >= 1 && is_ascii_letter(s[i - 1]) && starts_word(s, i - 1));
}

// The length of one UTF-8 character at i, never past the end: 1 for a byte that starts no valid
// sequence (a stray continuation byte, a Latin-1 letter such as 0xE9), so that a scan never steps
// over the digits or spaces that follow invalid text.
constexpr std::size_t char_length(std::string_view s, std::size_t i) {
  const unsigned char b = byte(s[i]);
  const std::size_t n = b < 0xC2 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 1;
  if (i + n > s.size()) return 1;
  for (std::size_t k = 1; k != n; ++k)
    if (!is_continuation(s[i + k])) return 1;
  return n;
}

// Matches pattern at s[i...]; a space in the pattern matches one or more spaces of any kind.
// Returns the length read, 0 when it does not match.
constexpr std::size_t match(std::string_view s, std::size_t i, std::string_view pattern, bool fold_case) {
  // Patterns without spaces match exactly their length of text: reject what is too short at once.
  if (i > s.size()) return 0;
  if (s.size() - i < pattern.size() && pattern.find(' ') == std::string_view::npos) return 0;
  const std::size_t start = i;
  for (std::size_t k = 0; k != pattern.size(); ++k) {
    if (pattern[k] == ' ') {
      const std::size_t j = skip_spaces(s, i);
      if (j == i) return 0;
      i = j;
      continue;
    }
    if (i >= s.size()) return 0;
    const char a = s[i], b = pattern[k];
    if (!(a == b || (fold_case && lower(a) == lower(b)))) return 0;
    ++i;
  }
  return i - start;
}

}  // namespace aiscale::detail::text
