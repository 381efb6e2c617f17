// Paragraphs and sentences of a running text, in the six languages: a blank line ends a
// paragraph; a sentence ends at . ! ? or a line break, except after a decimal mark, an
// abbreviation ("Mrd.", "z.B.", "U.S."), a German ordinal ("22. Juli") or inside a web address.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "aiscale/text/lang.hpp"

namespace aiscale {

// A span of the text: text.substr(begin, end - begin).
struct text_span {
  std::size_t begin = 0;
  std::size_t end = 0;
  constexpr std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
  constexpr bool contains(std::size_t at) const { return at >= begin && at < end; }
};

namespace detail::check {
constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
// A byte of a word: ASCII letters and digits, and every byte of a multi-byte UTF-8 letter (é, ü, ß).
constexpr bool is_word_byte(char c) {
  return is_ascii_letter(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}
constexpr char lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i != a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// Words that end in a period without ending a sentence, lower case, without the period.
inline constexpr std::array<std::string_view, 44> abbreviations{
    "mrd", "mio", "bio", "tsd",  "bzw", "ca",  "etc", "nr",   "dr",   "mr",  "mrs", "ms",  "st",   "vs",  "approx",
    "mln", "mld", "mil", "mlrd", "jan", "feb", "aug", "sept", "sep",  "oct", "okt", "nov", "dec",  "dez", "resp",
    "vgl", "gen", "ev",  "evt",  "ee",  "uu",  "sr",  "sra",  "dott", "sig", "ecc", "mme", "mlle", "inkl"};

// Whether the period at text[at] ends a sentence.
constexpr bool period_ends_sentence(std::string_view text, std::size_t at, lang language) {
  const std::size_t n = text.size();
  const char next = at + 1 < n ? text[at + 1] : ' ';
  if (is_ascii_lower(next) || is_ascii_digit(next) || next == '.' || next == ',' || next == '/' || next == '-')
    return false;  // "4.5", "t.co/", "z.b", "...": the text goes on
  // The word before the period.
  std::size_t b = at;
  while (b > 0 && is_word_byte(text[b - 1])) --b;
  const std::string_view word = text.substr(b, at - b);
  if (word.empty()) return true;
  if (word.size() == 1 && is_ascii_letter(word[0])) return false;  // "U.S.", "z.B.", initials
  bool digits = true;
  for (const char c : word) digits = digits && is_ascii_digit(c);
  if (digits && word.size() <= 2 && language == lang::de) return false;  // "22. Juli": an ordinal
  for (const std::string_view a : abbreviations)
    if (equal_ignoring_case(word, a)) return false;
  return true;
}

// Trims blanks and line breaks from both ends of a span.
constexpr text_span trimmed(std::string_view text, text_span span) {
  while (span.begin < span.end && (is_blank(text[span.begin]) || text[span.begin] == '\n')) ++span.begin;
  while (span.end > span.begin && (is_blank(text[span.end - 1]) || text[span.end - 1] == '\n')) --span.end;
  return span;
}
}  // namespace detail::check

// The paragraphs of a text: runs of lines between blank lines (a line of nothing but spaces).
// Articles put one after the other with a blank line between them never share a paragraph.
inline std::vector<text_span> paragraphs(std::string_view text) {
  std::vector<text_span> out;
  std::size_t start = 0, i = 0;
  const auto close = [&](std::size_t end) {
    const text_span p = detail::check::trimmed(text, {start, end});
    if (p.end > p.begin) out.push_back(p);
  };
  while (i < text.size()) {
    if (text[i] != '\n') {
      ++i;
      continue;
    }
    // A line break: is the next line blank?
    std::size_t j = i + 1;
    while (j < text.size() && detail::check::is_blank(text[j])) ++j;
    if (j < text.size() && text[j] == '\n') {
      close(i);
      while (j < text.size() && (detail::check::is_blank(text[j]) || text[j] == '\n')) ++j;
      start = i = j;
      continue;
    }
    i = j;
  }
  close(text.size());
  return out;
}

// The sentences of one paragraph (or any span).
inline std::vector<text_span> sentences(std::string_view text, text_span within, lang language) {
  std::vector<text_span> out;
  std::size_t start = within.begin;
  const auto close = [&](std::size_t end) {
    const text_span sentence = detail::check::trimmed(text, {start, end});
    if (sentence.end > sentence.begin) out.push_back(sentence);
    start = end;
  };
  for (std::size_t i = within.begin; i < within.end; ++i) {
    const char c = text[i];
    const bool ends = c == '\n' || c == '!' || c == '?' ||
                      (c == '.' && detail::check::period_ends_sentence(text.substr(0, within.end), i, language));
    if (ends) {
      close(i + 1);
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < within.end &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0xA6) {
      close(i + 3);  // an ellipsis
      i += 2;
    }
  }
  close(within.end);
  return out;
}

namespace detail::check {
// Common short words of each language, to guess a paragraph's language when the caller does not say.
struct stopwords {
  lang language;
  std::array<std::string_view, 24> words;
};
// Function words, and the scale words and currency names each language writes figures with; none
// that two of the languages share often (de, en, la).
inline constexpr std::array<stopwords, 6> language_words{{
    {lang::en, {"the",  "and",  "of", "to",   "is",    "will", "with", "that",    "for",     "would",   "its",  "are",
                "said", "from", "by", "this", "which", "has",  "have", "billion", "million", "dollars", "been", "was"}},
    {lang::de,
     {"der", "die",  "das", "und", "ist",  "mit", "von", "nicht", "wird", "sich",       "dem",       "den",
      "ein", "eine", "für", "auf", "nach", "zu",  "bei", "im",    "sind", "Milliarden", "Millionen", "werden"}},
    {lang::nl,
     {"het", "een", "van",  "maar", "niet", "zijn",  "wordt", "voor", "dat",     "ook",     "nog",     "op",
      "met", "te",  "naar", "bij",  "om",   "heeft", "door",  "zou",  "miljoen", "miljard", "volgens", "krijgt"}},
    {lang::fr, {"le",  "les", "et",    "est", "une",  "du",        "pour",     "dans",    "sur", "au",   "aux",  "avec",
                "par", "qui", "selon", "ces", "sera", "milliards", "millions", "dollars", "ses", "près", "soit", "ne"}},
    {lang::es, {"el",  "los",   "las", "del",  "y",    "es",  "una",  "por",      "para",    "con", "que",  "su",
                "sus", "según", "al",  "como", "será", "más", "unos", "millones", "dólares", "mil", "este", "hasta"}},
    {lang::it,
     {"il",    "gli",     "della", "che", "di", "una",  "per",     "con",      "sono",    "nel",   "dei", "alla",
      "delle", "secondo", "nuovo", "da",  "è",  "sarà", "milioni", "miliardi", "dollari", "circa", "ha",  "dal"}},
}};
}  // namespace detail::check

// The language of a span, guessed from its common words: the language with the most of them
// (English when none is found). Used for lang::guess, one paragraph at a time.
inline lang guess_language(std::string_view text, text_span within) {
  std::array<std::size_t, 6> count{};
  std::size_t i = within.begin;
  while (i < within.end) {
    while (i < within.end && !detail::check::is_word_byte(text[i])) ++i;
    std::size_t j = i;
    while (j < within.end && detail::check::is_word_byte(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    for (std::size_t k = 0; k != detail::check::language_words.size(); ++k)
      for (const std::string_view w : detail::check::language_words[k].words)
        if (detail::check::equal_ignoring_case(word, w)) ++count[k];
    i = j;
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k != count.size(); ++k)
    if (count[k] > count[best]) best = k;
  return detail::check::language_words[best].language;
}

}  // namespace aiscale
