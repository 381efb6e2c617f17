// extract(text, lang): every figure in a running text, with its span, for reading articles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
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

// Whether the digits at i are the exponent of a power written before them ("26" of "10^26", "10" of
// the refused "2 hoch 10"): never a figure of their own.
constexpr bool exponent_before(std::string_view s, std::size_t i) {
  if (i >= 1 && s[i - 1] == '^') return true;
  const std::string_view w = word_before(s, i);
  if (!folded_equal(w, "hoch")) return false;
  const auto at = static_cast<std::size_t>(w.data() - s.data());
  return at >= 2 && s[at - 1] == ' ' && is_digit(s[at - 2]);
}

// Whether the three digits at i are a group of a number before them, written with a space ("405" of
// "3.1 405", "000" of a number whose reading stopped before it): a figure never starts inside a
// number. The digits before are one to three that start a word, as a first group is.
constexpr bool inside_digit_groups(std::string_view s, std::size_t i) {
  if (i + 3 > s.size() || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) || (i + 3 < s.size() && is_digit(s[i + 3])))
    return false;
  std::size_t b = i;  // back over one space of any kind
  if (b >= 1 && s[b - 1] == ' ')
    b -= 1;
  else if (b >= 2 && byte(s[b - 2]) == 0xC2 && byte(s[b - 1]) == 0xA0)
    b -= 2;
  else if (b >= 3 && byte(s[b - 3]) == 0xE2 && byte(s[b - 2]) == 0x80 &&
           (byte(s[b - 1]) == 0xAF || byte(s[b - 1]) == 0x89))
    b -= 3;
  else
    return false;
  std::size_t d = b;
  while (d > 0 && is_digit(s[d - 1])) --d;
  return b - d >= 1 && b - d <= 3 && starts_word(s, d);
}

// Whether ASCII byte c may start a figure: a digit, a sign, "$", or a letter (of a currency code or a
// number word). No other ASCII byte (spaces, punctuation) starts one: extract steps over them at once.
constexpr bool ascii_may_start(char c) {
  return is_ascii_alnum(c) || c == '$' || c == '-' || c == '+' || c == '.' || c == ',';
}

// What extract's scan does at a byte, from one table read: step over it (an ASCII byte that starts no
// figure), read a word (an ASCII letter or digit: the grammar's first bytes decide whether a figure may
// start there, and the word is stepped over as a whole otherwise), or ask may_start_figure (a sign,
// "$", a decimal mark, a byte of a multi-byte character).
enum class scan_step : std::uint8_t { over, word, test };
struct scan_table {
  scan_step at[256]{};
};
constexpr scan_table build_scan_table() {
  scan_table t;
  for (std::size_t b = 0; b != 256; ++b) {
    const char c = static_cast<char>(b);
    t.at[b] = b >= 0x80            ? scan_step::test
              : is_ascii_alnum(c)  ? scan_step::word
              : ascii_may_start(c) ? scan_step::test
                                   : scan_step::over;
  }
  return t;
}
inline constexpr scan_table scan_steps = build_scan_table();

// The end of the run of ASCII letters and digits at i.
constexpr std::size_t alnum_run_end(std::string_view s, std::size_t i) {
  while (i < s.size() && is_ascii_alnum(s[i])) ++i;
  return i;
}
// The end of the run of ASCII letters at i.
constexpr std::size_t letter_run_end(std::string_view s, std::size_t i) {
  while (i < s.size() && is_ascii_letter(s[i])) ++i;
  return i;
}

// letters: the run of ASCII letters at i, as ascii_letter_run counts it (extract's scan has counted it).
template <class V>
constexpr bool may_start_figure(std::string_view s, std::size_t i, lang l, std::size_t letters) {
  const char c = s[i];
  // The grammar's first bytes: a number, a currency written before one, or a number word of l.
  const figure_start_set& starts = grammar<V>::figure_starts;
  if (!starts.may_begin(c, langs_of(l))) return false;
  const bool number_or_currency = starts.number_or_currency[byte(c)];
  if (!starts_word(s, i)) return false;
  // Not the digits after a mark that ends a number ("5" of "1,5" or "1.5"): that number was read,
  // or refused as a whole, where it began.
  if (is_digit(c) && i >= 2 && (s[i - 1] == '.' || s[i - 1] == ',') && is_digit(s[i - 2])) return false;
  // A number written from its decimal mark (".5 GW", ",75 %") starts at the mark: read from the digit
  // after it, ".5 GW" would be 5 GW. The mark is read there, or refused as another language's.
  if (c == '.' || c == ',')
    return i + 1 < s.size() && is_digit(s[i + 1]) && (i == 0 || (!is_ascii_alnum(s[i - 1]) && s[i - 1] != '.'));
  if (is_digit(c) && i >= 1 && (s[i - 1] == '.' || s[i - 1] == ',')) return false;
  if (is_digit(c) && (exponent_before(s, i) || inside_digit_groups(s, i))) return false;
  if (number_or_currency) return true;
  // "five years", "één miljoen", "tremila"
  return grammar<V>::read_number_words(s, i, langs_of(l), letters).end != 0;
}

// Errors that extract reports and steps over: a figure is there, but reading it would give a
// wrong value (a number in another notation, another language's scale word) or the language
// decides its value (lang::guess).
constexpr bool reported(parse_errc e) {
  return e == parse_errc::ambiguous_language || e == parse_errc::bad_number || e == parse_errc::other_language ||
         e == parse_errc::too_large || e == parse_errc::too_small || e == parse_errc::unknown_per_unit ||
         e == parse_errc::unknown_currency || e == parse_errc::unknown_unit;
}
// A unit of language l but for its case after a number that has none ("1 gw", "100mw", "20 mwh"): the
// unknown_unit error that parse gives for it, with the spelling meant. Its code is empty_input where
// there is none, and where the word is another word of some language ("5 to 3 GW" in a French text:
// "to" is English, no misspelt "To") or a single letter ("8b").
template <class V>
constexpr parse_error miscased_unit_after(std::string_view s, std::size_t end, lang l) {
  const std::size_t b = skip_spaces(s, end);
  std::size_t e = b;
  while (e < s.size() && e - b <= 8 && letter_at(s, e)) e += char_length(s, e);
  if (e < b + 2 || e - b > 8 || !boundary_at(s, e) || !is_valid(l) || l == lang::guess) return {};
  const auto m = grammar<V>::words_at(s, b);
  for (std::size_t k = 0; k != m.count; ++k) {
    const indexed_word& w = grammar<V>::vocabulary_index.words[m.at[k].entry];
    if (m.at[k].end == e && w.role != word_role::unit && w.role != word_role::currency) return {};
  }
  const std::string_view meant = grammar<V>::spelling_meant(s.substr(b, e - b), bit(l));
  // A lower-case b is a bit ("800 Gb/s"), no misspelt byte.
  if (meant.empty() || (s[e - 1] == 'b' && meant.back() == 'B')) return {};
  return {parse_errc::unknown_unit, b, e - b, meant, {}};
}

// A date or a clock time written with marks at i ("1.5.2025", "01.05.25", "3.10.", "15.30 Uhr", "alle
// 15.30"): its end, 0 if there is none. No language reads them as numbers, and no figure is there:
// extract steps over them without an error. A day and month without a year ("3.10.") only where "."
// is no decimal mark (in English "1.5." ends a sentence after 1.5).
template <class V>
constexpr std::size_t date_or_clock_end(std::string_view s, std::size_t i, lang l) {
  // A number of one or two digits at k, at most `most`: its value and end, end 0 if there is none.
  const auto small = [&](std::size_t k, unsigned most) -> std::pair<unsigned, std::size_t> {
    std::size_t e = k;
    unsigned v = 0;
    while (e < s.size() && e - k < 3 && is_digit(s[e])) v = v * 10 + static_cast<unsigned>(s[e++] - '0');
    if (e == k || e - k > 2 || v > most) return {0, 0};
    return {v, e};
  };
  const auto [day, d_end] = small(i, 31);
  if (d_end == 0 || d_end + 1 >= s.size() || (s[d_end] != '.' && s[d_end] != ':')) return 0;
  // A clock time: two digits of minutes after the hour, "Uhr" after it or a clock word before it.
  if (day <= 23 && d_end + 3 <= s.size() && is_digit(s[d_end + 1]) && is_digit(s[d_end + 2]) &&
      (d_end + 3 == s.size() || !is_digit(s[d_end + 3])) && s[d_end + 1] <= '5' &&
      (d_end + 3 == s.size() || s[d_end + 3] != '.' || d_end + 4 >= s.size() || !is_digit(s[d_end + 4]))) {
    const lang_mask langs = langs_of(l);
    const std::size_t after = skip_spaces(s, d_end + 3);
    const std::string_view before = word_before(s, i);
    if ((after != d_end + 3 && grammar<V>::word_of(word_role::clock_after, s, after, langs) != 0) ||
        (!before.empty() && grammar<V>::is_word_of(word_role::clock, s, before, langs)))
      return d_end + 3;
  }
  if (s[d_end] != '.' || day == 0) return 0;
  const auto [month, m_end] = small(d_end + 1, 12);
  if (m_end == 0 || month == 0 || m_end >= s.size() || s[m_end] != '.') return 0;
  std::size_t e = m_end + 1;
  while (e < s.size() && is_digit(s[e]) && e - m_end <= 5) ++e;
  const std::size_t year_digits = e - m_end - 1;
  if (year_digits == 2 || year_digits == 4) return boundary_at(s, e) ? e : 0;
  return year_digits == 0 && decimal_mark(l) != '.' && l != lang::guess ? e : 0;  // "am 3.10. wurden"
}

// An article of list_articles at i followed by spaces: the position after them, i if there is none.
template <class V>
constexpr std::size_t skip_list_article(std::string_view s, std::size_t i, lang_mask langs) {
  const std::size_t n = grammar<V>::word_of(word_role::list_article, s, i, langs);
  return n != 0 && space_at(s, i + n) != 0 ? skip_spaces(s, i + n) : i;
}

// The longest word of between_words and list_articles, in bytes: a longer run of letters is none of them.
inline constexpr std::size_t longest_between_word = [] {
  std::size_t n = 0;
  for (const word_entry& w : between_words) n = w.text.size() > n ? w.text.size() : n;
  for (const word_entry& w : list_articles) n = w.text.size() > n ? w.text.size() : n;
  return n;
}();

// Whether a between word (and perhaps an article) stands right before position end: "between 364",
// "tra i 50". Each word is the run of letters before the spaces there, looked up once in the index.
template <class V>
constexpr bool between_word_before(std::string_view s, std::size_t end, lang_mask langs) {
  // The start of the word of role r that ends before the spaces before e, or npos.
  const auto word_before = [&](std::size_t e, word_role r) -> std::size_t {
    while (e != 0 && s[e - 1] == ' ') --e;
    std::size_t b = e;
    while (!starts_word(s, b) && e - b <= longest_between_word) {
      std::size_t j = b - 1;
      while (j > 0 && is_continuation(s[j]) && b - j < 4) --j;  // back to the lead byte, as starts_word
      b = j;
    }
    return e - b <= longest_between_word && grammar<V>::is_word_of(r, s, b, e, langs) ? b : std::string_view::npos;
  };
  if (word_before(end, word_role::between) != std::string_view::npos) return true;
  const std::size_t article = word_before(end, word_role::list_article);
  return article != std::string_view::npos && word_before(article, word_role::between) != std::string_view::npos;
}

// Where a second figure starts after a list word at or after position i ("ou 20", "and 400", "e i
// 60"), or npos. Words that need a between word take it before `first`.
template <class V>
constexpr std::size_t after_list_word(std::string_view s, std::size_t i, std::size_t first, lang l) {
  const lang_mask langs = langs_of(l);
  const std::size_t j = skip_spaces(s, i);
  if (j == i) return std::string_view::npos;
  const found w = grammar<V>::find_list_word(s, j, langs);
  if (!w || space_at(s, j + w.length) == 0) return std::string_view::npos;
  if ((list_words[w.index].flags & BETWEEN) != 0 && !between_word_before<V>(s, first, langs))
    return std::string_view::npos;
  return skip_list_article<V>(s, skip_spaces(s, j + w.length), langs);
}

// Figure `like` with the number of `bare` ("15" of "15 ou 20 Mds d'euros"): its kind, unit, currency,
// scale word; its value from bare's digits and like's scale word (words_exp10) and unit. Its span is
// bare's. Not ok where the value is out of the range of doubles.
constexpr shared_figure with_number_of(const figure& bare, const read_outcome& like) {
  shared_figure r{like.fig, false};
  r.fig.low = r.fig.high = decimal{bare.low.mantissa, bare.low.exp10 + like.words_exp10, bare.low.negative};
  const bool in_bytes = like.fig.kind == figure_kind::data || like.fig.kind == figure_kind::data_rate;
  const magnitude to_canonical = in_bytes ? (like.fig.unit_scale / m8).value : like.fig.unit_scale;
  r.fig.value = r.fig.upper = to_double(r.fig.low, to_canonical);
  r.fig.begin = bare.begin;
  r.fig.end = bare.end;
  r.ok = is_finite(r.fig.value) && !(r.fig.value == 0 && r.fig.low.mantissa != 0);
  return r;
}

// Whether the digits of a figure at [begin, end) read alike in every notation: no mark followed by
// exactly three digits ("1.000", "1,000"), which one language groups and another reads as decimals.
constexpr bool notation_free(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end && k < s.size(); ++k) {
    if (s[k] != '.' && s[k] != ',') continue;
    std::size_t d = k + 1;
    while (d < s.size() && is_digit(s[d])) ++d;
    if (d - k - 1 == 3) return false;
  }
  return true;
}

// A figure that language l refused for a scale word of another language ("$3 trillion" quoted in a
// French article): read in the other languages, it is theirs where they agree on it, its digits read
// alike in every notation and l has no word of that spelling at all. Otherwise the error stands.
template <class V>
read_outcome read_quoted(std::string_view s, std::size_t from, lang l, const read_outcome& refused) {
  const std::size_t at = refused.error.offset;
  if ((grammar<V>::find_scale(s, at, bit(l), true, false, true) ||
       grammar<V>::find_scale(s, at, bit(l), true, false, false)) &&
      grammar<V>::english_billion_at(s, from, at, l) == 0)
    return refused;
  read_outcome chosen = refused;
  bool found = false;
  for (const lang other : all_languages) {
    if (other == l) continue;
    const read_outcome r = read_in<V>(s, from, other, false);
    if (!r.ok || r.fig.scale_word.empty()) continue;
    if (found && !same_reading(chosen.fig, r.fig)) return refused;
    if (!found) chosen = r;
    found = true;
  }
  if (!found || !notation_free(s, chosen.fig.begin, static_cast<std::size_t>(chosen.fig.scale_word.data() - s.data())))
    return refused;
  return chosen;
}

// The currency of the last sum before a bare figure with a scale word in the same sentence, where the
// sentence states the currency once for several sums ("$80 billion this year, Meta up to 65 billion
// and Amazon more than 100 billion"): the same scale word, and after the figure nothing that says what
// it counts (a mark, the end, a list word of the figure's language; "8 billion people" stays a number).
// Empty where there is none.
template <class V>
std::string_view currency_stated_before(std::string_view s, const std::vector<figure>& before, const figure& f,
                                        lang l) {
  if (f.kind != figure_kind::number || f.scale_word.empty() || !f.unit_text.empty() || f.is_range()) return {};
  const figure* sum = nullptr;
  for (auto it = before.rbegin(); it != before.rend() && sum == nullptr; ++it)
    if (it->kind == figure_kind::money) sum = &*it;
  if (sum == nullptr || !folded_equal(sum->scale_word, f.scale_word)) return {};
  for (std::size_t k = sum->end; k < f.begin; ++k)  // the same sentence
    if ((s[k] == '.' || s[k] == '!' || s[k] == '?' || s[k] == ';') && (k + 1 == s.size() || space_at(s, k + 1)))
      return {};
  const std::size_t j = skip_spaces(s, f.end);
  if (j < s.size() &&
      !(s[j] == ',' || s[j] == '.' || s[j] == ';' || s[j] == ':' || s[j] == ')' || s[j] == '!' || s[j] == '?')) {
    if (l == lang::guess || !grammar<V>::find_list_word(s, j, bit(l))) return {};
  }
  return sum->currency;
}

// The two numbers of a list are of one size: 15 or 20, 364 and 400; "in 2025 or 5 GW" shares nothing.
constexpr bool of_one_size(const figure& bare, const read_outcome& like) {
  const double a = to_double(bare.low, magnitude{});
  const double b = to_double(decimal{like.fig.low.mantissa, like.fig.low.exp10 - like.words_exp10, false}, magnitude{});
  return a > 0 && b > 0 && a <= 10 * b && b <= 10 * a;
}

// A number word at i that is no article, then a list word and a figure whose first number is a word
// ("One or two gigawatts", "twee of drie gigawatt", "tre o quattro miliardi di euro"): the word with the
// figure's scale word and unit. Read alone, the word is no figure; ok is false where there is none.
template <class V>
constexpr shared_figure word_sharing_figure(std::string_view s, std::size_t i, lang l) {
  // A number that ends in a multiplier ("two thousand") has its own scale: it shares none.
  const auto w = grammar<V>::read_number_words(s, i, langs_of(l));
  if (w.end == 0 || w.article || w.words_exp10 != 0) return {};
  figure bare{};
  bare.low = w.value;
  bare.begin = i;
  bare.end = w.end;
  const std::size_t next = after_list_word<V>(s, bare.end, bare.begin, l);
  if (next == std::string_view::npos || next >= s.size()) return {};
  const read_outcome r = read_in<V>(s, next, l, false);
  if (!r.ok || !r.number_word || r.fig.is_range() || !is_figure(r.fig) || !of_one_size(bare, r)) return {};
  return with_number_of(bare, r);
}

// A bare number, then a list word and a figure ("15 ou 20 Mds d'euros"): the number with that figure's
// scale word and unit. A number with a scale word of its own shares only the unit, where the scale
// words agree ("between 4 million and 5 million GPUs"). ok is false where there is none.
template <class V>
constexpr shared_figure bare_sharing_unit(std::string_view s, const read_outcome& r, lang l) {
  const std::size_t next = after_list_word<V>(s, r.fig.end, r.fig.begin, l);
  if (next == std::string_view::npos || next >= s.size()) return {};
  const read_outcome r2 = read_in<V>(s, next, l, false);
  figure bare = r.fig;
  bare.low.exp10 -= r.words_exp10;
  if (!r2.ok || r2.fig.is_range() || !is_figure(r2.fig) || (r.words_exp10 != 0 && r.words_exp10 != r2.words_exp10) ||
      !of_one_size(bare, r2))
    return {};
  return with_number_of(bare, r2);
}

// A sum with its currency written before it and no scale word, then a list word and a sum of the same
// currency with one ("between $3 and $5 trillion", "$3 or $5 trillion"): the scale word is both
// sums'. Read alone, "$3" would be three dollars. ok is false where there is no such list.
template <class V>
constexpr shared_figure sum_sharing_scale(std::string_view s, const figure& f, lang l) {
  if (f.kind != figure_kind::money || !f.scale_word.empty() || !f.unit_text.empty() || f.is_range()) return {};
  const std::size_t next = after_list_word<V>(s, f.end, f.begin, l);
  if (next == std::string_view::npos || next >= s.size()) return {};
  const read_outcome r = read_in<V>(s, next, f.language == lang::guess ? l : f.language, false);
  if (!r.ok || r.fig.kind != figure_kind::money || r.fig.currency != f.currency || r.fig.scale_word.empty() ||
      r.fig.is_range() || !of_one_size(f, r))
    return {};
  return with_number_of(f, r);
}
}  // namespace detail::text

// Scans text left to right; a figure is read where a word may start, and reading resumes after it.
// A template only so that the reader's tables are built where text is read (V is never given).
template <class V = void>
extraction extract(std::string_view text, lang language) {
  extraction out;
  if (!is_valid(language)) {
    out.errors.push_back({parse_errc::unknown_language, 0});
    return out;
  }
  // With lang::guess, the language the text's ordinary words tell, where they tell one: a German
  // paragraph reads "230.000 GPUs" as German.
  if (language == lang::guess) language = detail::text::grammar<V>::language_of_words(text);
  namespace t = detail::text;
  const t::figure_start_set& starts = t::grammar<V>::figure_starts;
  const t::lang_mask langs = t::langs_of(language);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const t::scan_step step = t::scan_steps.at[t::byte(c)];
    // The fast skip: most bytes of a text are spaces, punctuation and the letters inside words.
    if (step == t::scan_step::over) {
      ++i;
      continue;
    }
    // A word is read once: its run of letters (which a number word's test reads) and its end.
    const std::size_t letters = t::letter_run_end(text, i) - i;
    const std::size_t word_end = step == t::scan_step::word ? t::alnum_run_end(text, i + letters) : i;
    // A word whose first byte begins no number, currency or number word of the language: no figure
    // starts in it (may_start_figure's first test), and no word starts inside it (starts_word).
    if (step == t::scan_step::word && !starts.may_begin(c, langs)) {
      i = word_end;
      continue;
    }
    if (t::may_start_figure<V>(text, i, language, letters < t::max_letter_run ? letters : t::max_letter_run)) {
      if (detail::text::is_digit(c))
        if (const std::size_t e = detail::text::date_or_clock_end<V>(text, i, language); e != 0) {
          i = e;
          continue;
        }
      detail::text::read_outcome r = detail::text::read_in<V>(text, i, language, false);
      if (!r.ok && r.error.code == parse_errc::other_language && language != lang::guess)
        r = detail::text::read_quoted<V>(text, i, language, r);
      if (r.ok && r.fig.kind == figure_kind::number && r.fig.unit_text.empty() && r.fig.currency.empty())
        if (const parse_error miscased = detail::text::miscased_unit_after<V>(text, r.fig.end, r.fig.language);
            miscased.code == parse_errc::unknown_unit) {
          out.errors.push_back(miscased);
          i = miscased.offset + miscased.length;
          continue;
        }
      // "between 4 million and 5 million GPUs": a number with a scale word of its own that shares the
      // unit of the next figure.
      if (r.ok && r.fig.end > i && !r.fig.is_range() && !r.number_word && r.fig.kind == figure_kind::number &&
          r.words_exp10 != 0)
        if (const detail::text::shared_figure shared = detail::text::bare_sharing_unit<V>(text, r, language);
            shared.ok) {
          out.figures.push_back(shared.fig);
          i = r.fig.end;
          continue;
        }
      if (r.ok && r.fig.end > i && detail::text::is_figure(r.fig)) {
        if (const std::string_view stated =
                detail::text::currency_stated_before<V>(text, out.figures, r.fig, r.fig.language);
            !stated.empty())
          r.fig.kind = figure_kind::money, r.fig.currency = stated;
        if (const detail::text::shared_figure joined = detail::text::range_of_two<V>(text, r.fig, language); joined.ok)
          r.fig = joined.fig;
        if (const detail::text::shared_figure shared = detail::text::sum_sharing_scale<V>(text, r.fig, language);
            shared.ok)
          r.fig = shared.fig;
        out.figures.push_back(r.fig);
        i = r.fig.end;
        // "$364 billion and 400 billion": a sum that states no currency after one that does, in one list.
        while (out.figures.back().kind == figure_kind::money) {
          const std::size_t next = detail::text::after_list_word<V>(text, i, out.figures.back().begin, language);
          if (next == std::string_view::npos || next >= text.size()) break;
          const detail::text::read_outcome r2 = detail::text::read_in<V>(text, next, language, false);
          if (!r2.ok || r2.fig.kind != figure_kind::number || r2.fig.scale_word.empty() || !r2.fig.unit_text.empty())
            break;
          figure f = r2.fig;
          f.kind = figure_kind::money;
          f.currency = out.figures.back().currency;
          out.figures.push_back(f);
          i = f.end;
        }
        continue;
      }
      // "15 ou 20 Mds d'euros": a bare number that shares the scale word and unit of the next figure.
      if (r.ok && r.fig.end > i && !r.fig.is_range() && !r.number_word && r.fig.kind == figure_kind::number) {
        if (const detail::text::shared_figure shared = detail::text::bare_sharing_unit<V>(text, r, language); shared.ok)
          out.figures.push_back(shared.fig);
        i = r.fig.end;
        continue;
      }
      // "One or two gigawatts", "tre o quattro miliardi di euro": a number word alone, then a list word
      // and a figure whose number is a word too, shares that figure's scale word and unit.
      if (!r.ok && r.error.code == parse_errc::expected_number) {
        if (const detail::text::shared_figure shared = detail::text::word_sharing_figure<V>(text, i, language);
            shared.ok) {
          out.figures.push_back(shared.fig);
          i = shared.fig.end;
          continue;
        }
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
      // A reading from a space (a no-break space: its lead byte is the pound sign's) begins after the
      // spaces, as the grammar skips them first: from every other space of the run it would read the
      // same and come here again. Step over the run, so that a run of spaces is read once, not once a
      // space (which made extract quadratic in the length of the run).
      if (t::space_at(text, i) != 0) {
        i = t::skip_spaces(text, i);
        continue;
      }
    }
    if (step == t::scan_step::word) {
      // No word starts inside an ASCII word (starts_word), so no figure does: step over its rest.
      i = word_end;
      continue;
    }
    i += detail::text::char_length(text, i);
  }
  return out;
}

// Refused: the figures would point into a string that is gone when extract returns. Keep the text
// in a variable while the figures are used.
template <class S>
requires owning_temporary_text<S> extraction extract(S&& text, lang language)
= delete;

}  // namespace aiscale
