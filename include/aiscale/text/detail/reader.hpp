// The figure grammar: [sign] [currency] number [scale] [range] [of] [unit | currency] [format].
// Every step is a constexpr function over a string_view; nothing reads past the view's end.
#pragma once

#include <bit>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

#include "aiscale/core/magnitude.hpp"
#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/lexer.hpp"
#include "aiscale/text/detail/number.hpp"
#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/detail/when_used.hpp"
#include "aiscale/text/detail/word_index.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"
#include "aiscale/text/result.hpp"

namespace aiscale::detail::text {

constexpr std::size_t match_word(std::string_view s, std::size_t i, std::string_view w, bool fold_case) {
  const std::size_t n = match(s, i, w, fold_case);
  if (n == 0 || (needs_boundary(w) && !boundary_at(s, i + n))) return 0;
  return n;
}

// A word written out, as a number word needs after it ("five years", not "five s"; "a gigawatt", not
// "a T"): three bytes or more, starting with a letter.
constexpr bool is_word_name(std::string_view w) {
  // A symbol with a letter first ("U$S", "US$") is none: "a U$S 25.000 millones" is no dollar.
  return w.size() >= 3 && (is_ascii_letter(w[0]) || byte(w[0]) == 0xC3) && w.find('$') == std::string_view::npos;
}

// Whether a unit or scale word may follow a number joined by a hyphen at j ("a 1.2-gigawatt campus",
// "100-day", "a $500-million deal"): a hyphen, then a word written out.
constexpr bool hyphen_joins(std::string_view s, std::size_t j) {
  return j + 1 < s.size() && s[j] == '-' && (is_ascii_letter(s[j + 1]) || byte(s[j + 1]) == 0xC3);
}

struct found {
  std::size_t length = 0;
  std::size_t index = 0;
  constexpr explicit operator bool() const { return length != 0; }
};

struct unit_found {
  std::size_t length = 0;
  figure_kind kind = figure_kind::number;
  magnitude scale{};
};

// The roles of the words that may start a count's accelerators before its noun: a counting phrase,
// an adjective, a vendor or a model. A noun alone is a unit, found without find_devices.
inline constexpr role_set device_start_roles = role_bit(word_role::device_adjective) |
                                               role_bit(word_role::device_unit) | role_bit(word_role::device_vendor) |
                                               role_bit(word_role::device_model);
// Their folded first bytes.
struct device_start_set {
  bool has[256]{};
};
template <std::size_t Nodes, std::size_t N>
constexpr device_start_set build_device_starts(const word_index<Nodes, N>& index) {
  device_start_set r;
  for (std::size_t role = 0; role != word_role_count; ++role)
    if ((device_start_roles >> role & 1) != 0)
      for (std::size_t b = 0; b != 256; ++b) r.has[b] = r.has[b] || index.starts[role][b] != 0;
  return r;
}

// A numeric format after a compute unit: "BF16", "(FP8)", "FP8 sparse".
struct format_found {
  std::size_t end = 0;
  std::string_view label;
};
// The unit value of a figure's kind counts in: data in bytes (8 bits), all others in the base unit.
constexpr magnitude canonical_scale(figure_kind k) {
  return k == figure_kind::data || k == figure_kind::data_rate ? m8 : m1;
}

constexpr bool below_two(const decimal& d) {
  // Integers and short decimals as to_double's exact path reads them, without its call.
  if (d.exp10 == 0) return d.mantissa < 2;
  if (d.exp10 < 0 && d.exp10 >= -22 && d.mantissa < (std::uint64_t{1} << 53))
    return static_cast<double>(d.mantissa) / pow10_table[-d.exp10] < 2.0;
  return to_double(d, m1) < 2.0;
}

struct read_outcome {
  figure fig{};
  parse_error error{};
  bool ok = false;
  std::int32_t words_exp10 = 0;
  bool number_word = false;
};

// What follows the number(s): a currency or a unit, and for compute a numeric format.
struct suffix {
  std::size_t end = 0;
  bool is_currency = false;
  bool is_unit = false;
  std::string_view currency;
  std::int8_t currency_exp10 = 0;  // -2 for cents
  unit_found unit{};
  std::size_t text_begin = 0;
};

// The kind of an amount of kind `amount` per a unit of kind `per`, or number where the pair is no
// figure per unit (per_kinds).
constexpr figure_kind per_kind_of(figure_kind amount, figure_kind per) {
  for (const per_kind_entry& e : per_kinds)
    if (e.amount == amount && e.per == per) return e.kind;
  return figure_kind::number;
}

// What a figure is per, after its unit or currency: "/kWh", " per GPU", " par an", " all'anno".
struct per_found {
  std::size_t end = 0;
  figure_kind kind = figure_kind::number;  // the figure's kind per unit; number where none follows
  magnitude scale{};                       // the unit it is per, in the base unit of its dimension
};

constexpr bool folded_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k != a.size(); ++k)
    if (lower(a[k]) != lower(b[k])) return false;
  return true;
}

// The word that ends before i, across spaces and hyphens: "twenty" of "twenty-five", "half" of "half
// a". An elision keeps its apostrophe ("d'" of "d'un"). Empty where a digit, sign or other mark comes
// first, or at the start of the text.
constexpr std::string_view word_before(std::string_view s, std::size_t i) {
  std::size_t e = i;
  while (e > 0) {
    if (s[e - 1] == ' ' || s[e - 1] == '-')
      --e;
    else if (e >= 2 && byte(s[e - 2]) == 0xC2 && byte(s[e - 1]) == 0xA0)
      e -= 2;  // no-break space
    else
      break;
  }
  std::size_t b = e;
  if (b > 0 && s[b - 1] == '\'')
    --b;
  else if (b >= 3 && s.substr(b - 3, 3) == "\u2019")
    b -= 3;
  while (b > 0) {
    if (is_ascii_letter(s[b - 1]))
      --b;
    else if (b >= 2 && is_continuation(s[b - 1]) && is_letter_lead(s[b - 2]))
      b -= 2;
    else
      break;
  }
  return s.substr(b, e - b);
}

struct scaled_number {
  number_read number{};
  found scale{};
  std::size_t end = 0;
  std::size_t scale_begin = 0;
  bool tentative = false;  // a scale letter admitted only if a currency follows ("3B USD")
  bool word = false;       // the number is written as a word ("five"): a word must follow
  bool article = false;    // ... an article ("a", "eine"): one, but not of time ("3 GW a day")
  bool foreign = false;    // a scale word of another language follows, at scale_begin
  std::size_t foreign_length = 0;
  std::int8_t chained_exp10 = 0;  // a larger scale word after the first: "hundred thousand", "hundred million"
  std::int8_t number_exp10 = 0;   // the multipliers that end a number in words: 3 of "three thousand"
};

// A sign at i: '-', '+', the minus sign U+2212, or an en dash U+2013 directly before a digit (news
// write "\u20135 %" for minus five per cent; dropping it would read +5 %). Its length, 0 if none.
struct sign_read {
  std::size_t length = 0;
  bool negative = false;
};
inline constexpr std::string_view minus_sign = "\u2212", en_dash = "\u2013";
constexpr sign_read sign_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return {};
  if (s[i] == '-' || s[i] == '+') return {1, s[i] == '-'};
  if (byte(s[i]) != 0xE2) return {};  // the first byte of both signs below: most positions have none
  if (match(s, i, minus_sign, false)) return {3, true};
  if (match(s, i, en_dash, false) && i + 3 < s.size() && is_digit(s[i + 3])) return {3, true};
  return {};
}

constexpr read_outcome fail(parse_errc code, std::size_t at) { return {{}, {code, at}, false}; }

// The notation a language writes its numbers in, as an example, for a bad_number error.
constexpr std::string_view notation_of(lang l) {
  switch (l) {
    case lang::en:
      return "1,234.5";
    case lang::fr:
      return "1 234,5";
    default:
      return "1.234,5";
  }
}

// A bad_number error at i: the digits and marks there (found_in gives "1,5" of "1,5 GW"), and the
// language's notation as what was expected.
constexpr parse_error bad_number_at(std::string_view s, std::size_t i, lang l) {
  std::size_t e = i;
  while (e < s.size() && (is_digit(s[e]) || ((s[e] == '.' || s[e] == ',') && e + 1 < s.size() && is_digit(s[e + 1]))))
    ++e;
  return {parse_errc::bad_number, i, e - i, notation_of(l), {}};
}

// Whether reading succeeded, and if not, what was wrong where.
struct read_status {
  parse_error error{};
  bool ok = false;
  std::int32_t words_exp10 = 0;  // the power of ten the scale word and cents add to the number
  bool number_word = false;      // the first number is written as a word
};

// The unit symbols with a prefix symbol, spelt out ("kW", "TFLOP/s"), so that an error can name the
// spelling a misspelt one ("kw") was meant to be: the vocabulary holds the two parts apart.
struct prefixed_symbol {
  char text[16]{};
  std::size_t size = 0;
  lang_mask langs = 0;
  constexpr std::string_view view() const { return {text, size}; }
};
constexpr std::size_t count_prefixed_symbols(const prefix_entry (&prefix_table)[std::size(prefixes)]) {
  std::size_t n = 0;
  for (const prefix_entry& p : prefix_table)
    for (const unit_entry& u : units) n += p.symbol && (u.flags & PSYM) != 0;
  return n;
}
// Sized by its user (grammar<V>), so that the count too is evaluated only where text is read.
template <std::size_t N>
struct prefixed_symbols {
  prefixed_symbol at[N]{};
};
template <std::size_t N>
constexpr prefixed_symbols<N> build_prefixed_symbols(const prefix_entry (&prefix_table)[std::size(prefixes)]) {
  prefixed_symbols<N> r;
  std::size_t n = 0;
  for (const prefix_entry& p : prefix_table)
    for (const unit_entry& u : units) {
      if (!p.symbol || (u.flags & PSYM) == 0) continue;
      prefixed_symbol& e = r.at[n++];
      for (const char c : p.text) e.text[e.size++] = c;
      for (const char c : u.text) e.text[e.size++] = c;
      e.langs = u.langs;
    }
  return r;
}

// The scale word "B" (10^9) of English money ("$3B"), which a model's size also uses.
constexpr std::uint16_t billion_letter_index() {
  for (std::uint16_t k = 0; k != sizeof scale_words / sizeof scale_words[0]; ++k)
    if (scale_words[k].text == "B" && scale_words[k].exp10 == 9) return k;
  return 0;
}

// Whether a count of devices has three decimals after a whole number and no scale word ("10.000 GPUs"
// in English, "10,000 GPU" in German): the digits of another notation's groups, read as 10 where
// 10,000 was meant, since no count is of a thousandth of a device. "1.5 million GPUs" and "2.5 GPUs"
// are read as written. Only in running text (extract): parse reads what it is given as written, as
// format writes an average count ("5,459 GPU"); with lang::guess the languages read it apart.
constexpr bool grouped_count_in_decimals(figure_kind kind, const scaled_number& n) {
  return kind == figure_kind::gpus && !n.scale && n.number.value.exp10 == -3 && n.number.value.mantissa >= 1000;
}

// "\u00e0" joins a range ("15 \u00e0 20 procent", "1,5 \u00e0 2 milliards") and, in Dutch and French, a
// count to a price each ("2 \u00e0 30.000 dollar": two at 30,000 dollars). A second number more than ten
// times the first is a price each: no range.
constexpr bool priced_each(std::string_view word, lang l, const scaled_number& first, const scaled_number& second) {
  return (l == lang::nl || l == lang::fr) && word == "\u00e0" && !first.scale &&
         to_double(second.number.value, m1) > 10 * to_double(first.number.value, m1);
}

// Whether the unit read is an "s" glued to a round whole number that makes the number plural rather
// than seconds: a decade ("the 1990s", "the 2020s", "the '90s", "the 80s") or tens and hundreds ("10s
// of GPUs", "100s of MW"). Read as seconds, each would be a wrong figure; "60s" and "1.5s" stay seconds.
constexpr bool plural_number_at(std::string_view s, std::size_t number_begin, const suffix& suf,
                                const scaled_number& n) {
  if (!suf.is_unit || suf.unit.kind != figure_kind::time || n.scale || suf.text_begin != n.number.end ||
      s.substr(suf.text_begin, suf.end - suf.text_begin) != "s" || number_begin >= n.number.end)
    return false;
  const std::string_view digits = s.substr(number_begin, n.number.end - number_begin);
  for (const char c : digits)
    if (!is_digit(c)) return false;
  if (digits.back() != '0') return false;
  if (digits.size() == 4) return true;
  const bool apostrophe = (number_begin >= 1 && s[number_begin - 1] == '\'') ||
                          (number_begin >= 3 && s.substr(number_begin - 3, 3) == "\u2019");
  if (apostrophe) return true;
  const std::size_t after = skip_spaces(s, suf.end);
  if (after != suf.end && match(s, after, "of", true) == 2 && (after + 2 == s.size() || space_at(s, after + 2)))
    return true;
  return digits.size() == 2 && number_begin >= 4 && match(s, number_begin - 4, "the ", true) == 4 &&
         (number_begin == 4 || !is_ascii_alnum(s[number_begin - 5]));
}

// Whether scale word w is the plural of a singular its language writes ("Milliarden" of "Milliarde",
// "millions" of "million" in French): after an article it is no number ("ein Milliarden-Deal" is a deal
// of billions, "un millions" no French), and reading the article as one would be a wrong figure.
// A plural is a written-out word whose language flags a singular of its size, or a word that is
// another of its size and language plus an ending ("millions" of "million", "miljarden" of "miljard").
constexpr bool plural_of_a_singular(const scale_entry& w, lang_mask langs) {
  if ((w.flags & SING) != 0) return false;
  for (const scale_entry& e : scale_words) {
    if (e.exp10 != w.exp10 || (e.langs & w.langs & langs) == 0) continue;
    if ((e.flags & SING) != 0 && (w.flags & W) != 0) return true;
    if (e.text.size() >= 3 && e.text.size() < w.text.size() && w.text.substr(0, e.text.size()) == e.text &&
        is_ascii_letter(w.text[e.text.size()]))
      return true;
  }
  return false;
}

// The run of ASCII letters at i, at most max_letter_run (longer runs count as that): a word of a
// table is found at i only where the text's run is the word's own, since the byte after the word's
// run is no ASCII letter either (a word that is all letters needs a boundary after it).
inline constexpr std::size_t max_letter_run = 15;
constexpr std::size_t ascii_letter_run(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && n != max_letter_run && is_ascii_letter(s[i + n])) ++n;
  return n;
}
// Per folded first byte and run of ASCII letters, the languages of a table's words that have them;
// per language, first ASCII letter and run, the last letters of their runs.
struct letter_run_set {
  lang_mask langs[256][max_letter_run + 1]{};
  std::uint32_t last_letters[6][26][max_letter_run + 1]{};

  // Whether a word of langs may be at s[i...]: false where none is.
  constexpr bool may_be_at(std::string_view s, std::size_t i, lang_mask in) const {
    return may_be_at(s, i, ascii_letter_run(s, i), in);
  }
  // The same, where the caller has counted the run of ASCII letters at i (n, as ascii_letter_run).
  constexpr bool may_be_at(std::string_view s, std::size_t i, std::size_t n, lang_mask in) const {
    const std::size_t first = byte(lower(s[i]));
    const lang_mask with_run = langs[first][n] & in;
    if (with_run == 0 || n == 0) return with_run != 0;
    const std::uint32_t last = std::uint32_t{1} << (byte(lower(s[i + n - 1])) - byte('a'));
    // One language (extract's scan of a text in one): its own table, without the loop.
    if ((with_run & (with_run - 1)) == 0)
      return (last_letters[static_cast<std::size_t>(std::countr_zero(with_run))][first - byte('a')][n] & last) != 0;
    for (std::size_t l = 0; l != 6; ++l)
      if ((with_run >> l & 1) != 0 && (last_letters[l][first - byte('a')][n] & last) != 0) return true;
    return false;
  }
};
template <class Entry, std::size_t N>
constexpr letter_run_set letter_runs_of(const Entry (&words)[N]) {
  letter_run_set r;
  for (const Entry& w : words) {
    const std::size_t first = byte(lower(w.text[0])), n = ascii_letter_run(w.text, 0);
    r.langs[first][n] |= w.langs;
    if (n != 0)
      for (std::size_t l = 0; l != 6; ++l)
        if ((w.langs >> l & 1) != 0)
          r.last_letters[l][first - byte('a')][n] |= std::uint32_t{1} << (byte(lower(w.text[n - 1])) - byte('a'));
  }
  return r;
}

// The first two and the last two bytes (ASCII letters folded) of the number words and parts of each
// language, hashed: a word written as one compound of them ("fünfundzwanzig", "tremila") begins and
// ends with a pair of the set, and most other words do not. Only a hint: a word that passes is read.
struct compound_edge_set {
  static constexpr std::size_t buckets = 1024;
  lang_mask first[buckets]{};
  lang_mask last[buckets]{};
  lang_mask multiplier_first[buckets]{};  // of "hundred" and "thousand" alone: all an article goes on with
  static constexpr std::size_t key(char a, char b) { return (byte(lower(a)) * 31u + byte(lower(b))) % buckets; }
  // Whether the word s[i, e) may be such a compound in langs.
  constexpr bool may_be(std::string_view s, std::size_t i, std::size_t e, lang_mask langs) const {
    return e - i >= 4 && (first[key(s[i], s[i + 1])] & last[key(s[e - 2], s[e - 1])] & langs) != 0;
  }
};
template <class Entry, std::size_t N, std::size_t M>
constexpr compound_edge_set compound_edges_of(const Entry (&words)[N], const Entry (&parts)[M]) {
  compound_edge_set r;
  const auto add = [&r](const Entry& entry) {
    if (entry.text.size() < 2 || entry.exp10 < 0) return;
    r.first[compound_edge_set::key(entry.text[0], entry.text[1])] |= entry.langs;
    r.last[compound_edge_set::key(entry.text[entry.text.size() - 2], entry.text[entry.text.size() - 1])] |= entry.langs;
    if (entry.value == 1 && (entry.exp10 == 2 || entry.exp10 == 3) && (entry.flags & JOIN) == 0)
      r.multiplier_first[compound_edge_set::key(entry.text[0], entry.text[1])] |= entry.langs;
  };
  for (const Entry& entry : words) add(entry);
  for (const Entry& entry : parts) add(entry);
  return r;
}

// What a byte of running text may begin: a number (a digit, a sign or a decimal mark), a currency written before
// its number (as written: "USD", "$"), or a number word of some languages.
struct figure_start_set {
  bool number_or_currency[256]{};
  lang_mask number_word[256]{};

  // Whether byte c may begin a figure of langs: a number, a currency, or a number word of langs.
  constexpr bool may_begin(char c, lang_mask langs) const {
    return number_or_currency[byte(c)] || (number_word[byte(c)] & langs) != 0;
  }
};
template <std::size_t Nodes, std::size_t N, std::size_t M>
constexpr figure_start_set figure_starts_of(const word_index<Nodes, N>& index, const currency_entry (&money)[M]) {
  figure_start_set r;
  for (char c = '0'; c <= '9'; ++c) r.number_or_currency[byte(c)] = true;
  for (const std::string_view sign : {std::string_view("-"), std::string_view("+"), minus_sign, en_dash})
    r.number_or_currency[byte(sign[0])] = true;
  for (const lang l : all_languages) r.number_or_currency[byte(decimal_mark(l))] = true;  // ".5 GW", ",75 %"
  for (std::size_t b = 0; b != 256; ++b) {
    const char c = static_cast<char>(b);
    for (const currency_entry& m : money)
      if ((m.flags & BEFORE) != 0 && (m.text[0] == c || ((m.flags & CS) == 0 && lower(m.text[0]) == lower(c))))
        r.number_or_currency[b] = true;
    r.number_word[b] = index.starts[static_cast<std::size_t>(word_role::number)][byte(lower(c))];
  }
  return r;
}

// The grammar and the tables it reads, built at compile time from the vocabulary. They are the
// static members of a class template, instantiated only where parse or extract (function templates)
// are: a program that includes the text layer but never reads text does not evaluate them.
template <class V>
struct grammar {
  static constexpr device_name_list device_names = catalogue_device_names(when_used<V>(catalog::all_accelerators));
  // The catalogue's models (case as written) and vendors, and units/compute.hpp's dense formats, as
  // tables of the index.
  static constexpr auto model_names =
      name_table_of<device_names.model_count>([](std::size_t k) { return device_names.models[k]; }, CS);
  static constexpr auto vendor_names =
      name_table_of<device_names.vendor_count>([](std::size_t k) { return device_names.vendors[k]; }, 0);
  static constexpr auto format_names = name_table_of<format_count>([](std::size_t k) { return dense_format(k); }, 0);

  // Every word of the vocabulary's tables in one index: one lookup at a position gives all their roles.
  // A word is declared once, in its table of vocabulary.hpp; its role here is that table's.
  static constexpr auto vocabulary_tables = std::tuple{in_role<word_role::scale>(when_used<V>(scale_words)),
                                                       in_role<word_role::currency>(currencies),
                                                       in_role<word_role::unit>(units),
                                                       in_role<word_role::number>(number_words),
                                                       in_role<word_role::prefix>(prefixes),
                                                       in_role<word_role::range>(range_words),
                                                       in_role<word_role::of>(of_words),
                                                       in_role<word_role::per>(per_words),
                                                       in_role<word_role::per_phrase>(per_phrases),
                                                       in_role<word_role::list_article>(list_articles),
                                                       in_role<word_role::ordinary>(ordinary_words),
                                                       in_role<word_role::list>(list_words),
                                                       in_role<word_role::device_adjective>(device_adjectives),
                                                       in_role<word_role::device_unit>(device_unit_words),
                                                       in_role<word_role::device_count>(device_count_words),
                                                       in_role<word_role::device_container>(device_containers),
                                                       in_role<word_role::between>(between_words),
                                                       in_role<word_role::fraction>(fraction_words),
                                                       in_role<word_role::fraction_of>(fraction_of_words),
                                                       in_role<word_role::indefinite>(indefinite_words),
                                                       in_role<word_role::clock>(clock_words),
                                                       in_role<word_role::clock_after>(clock_after_words),
                                                       in_role<word_role::singular_unit>(singular_units),
                                                       in_role<word_role::order_of_size>(order_of_size_words),
                                                       in_role<word_role::format_joining>(format_joining_words),
                                                       in_role<word_role::other_dollar>(other_dollars),
                                                       in_role<word_role::model_size>(model_size_words),
                                                       in_role<word_role::model_family>(model_families),
                                                       in_role<word_role::number_part>(number_word_parts),
                                                       in_role<word_role::times>(times_words),
                                                       in_role<word_role::numeric_format>(format_names.at),
                                                       in_role<word_role::sparsity>(format_sparsities),
                                                       in_role<word_role::time_shift>(time_shift_words),
                                                       in_role<word_role::unknown_money>(unknown_currency_words),
                                                       in_role<word_role::device_vendor>(vendor_names.at),
                                                       in_role<word_role::device_model>(model_names.at)};
  static constexpr std::size_t vocabulary_nodes =
      std::apply([](const auto&... role_tables) { return index_nodes(role_tables...); }, vocabulary_tables);
  static constexpr std::size_t vocabulary_words =
      std::apply([](const auto&... role_tables) { return index_words(role_tables...); }, vocabulary_tables);
  static constexpr auto vocabulary_index = std::apply(
      [](const auto&... role_tables) { return build_index<vocabulary_nodes, vocabulary_words>(role_tables...); },
      vocabulary_tables);
  using words_found = word_lookup<vocabulary_index.most_matches>;
  using token = word_token<vocabulary_index.most_matches>;

  // The words at i, with every role they have: the one lookup that the steps at a position share.
  // None where walk_it is false (no word of a role the caller reads starts there).
  static constexpr words_found words_at(std::string_view s, std::size_t i, bool walk_it = true) {
    return lookup<vocabulary_index.most_matches>(vocabulary_index, s, walk_it ? i : s.size());
  }
  static constexpr bool may_start_role(word_role r, std::string_view s, std::size_t i, lang_mask langs) {
    return may_start(vocabulary_index, r, s, i, langs);
  }
  // The word token at i, walked where a word of one of the roles that the steps after a number read (a
  // scale word of any language, a currency, a unit, a prefix, accelerators, a times word) may start: the
  // one lookup they share.
  static constexpr token token_after_number(std::string_view s, std::size_t i, lang_mask langs) {
    return lex_word<vocabulary_index.most_matches>(
        vocabulary_index, s, i,
        may_start_role(word_role::scale, s, i, ALL) || may_start_role(word_role::currency, s, i, langs) ||
            may_start_role(word_role::unit, s, i, langs) || may_start_role(word_role::prefix, s, i, ALL) ||
            (i < s.size() && device_starts.has[byte(lower(s[i]))]) || may_start_role(word_role::times, s, i, langs));
  }
  // The roles that the per step reads after a figure.
  static constexpr role_set per_roles = role_bit(word_role::per) | role_bit(word_role::per_phrase);
  // The word token after the spaces at i, walked where a per phrase or a per word may start: the one
  // lookup that find_per and unread_per_at share.
  static constexpr token token_after_figure(std::string_view s, std::size_t i, lang_mask langs) {
    const std::size_t j = skip_spaces(s, i);
    return lex_word<vocabulary_index.most_matches>(
        vocabulary_index, s, j,
        may_start_role(word_role::per_phrase, s, j, langs) || may_start_role(word_role::per, s, j, langs));
  }

  // The longest word of role r among the words m at i that fits langs and that admit(entry) admits:
  // its length and its entry in r's table. Of words of one length, the first in table order.
  template <class Admit>
  static constexpr found longest(const words_found& m, word_role r, std::string_view s, std::size_t i, lang_mask langs,
                                 Admit admit) {
    return longest_ending(m, r, s, i, langs, admit, [](std::size_t) { return true; });
  }
  // The same, of the words whose end end_ok(end) admits.
  template <class Admit, class EndOk>
  static constexpr found longest_ending(const words_found& m, word_role r, std::string_view s, std::size_t i,
                                        lang_mask langs, Admit admit, EndOk end_ok) {
    found best;
    if (!m.has(role_bit(r))) return best;  // no word of r there: the step is not tried
    for (std::size_t q = 0; q != m.count; ++q) {
      const word_match& at = m.at[q];
      const indexed_word& w = vocabulary_index.words[at.entry];
      if (w.role != r || at.end - i <= best.length || !admit(w.index) || !end_ok(at.end)) continue;
      if (entry_fits(vocabulary_index, at.entry, s, i, at.end, langs)) best = {at.end - i, w.index};
    }
    return best;
  }
  static constexpr letter_run_set number_word_runs = letter_runs_of(when_used<V>(number_words));
  static constexpr compound_edge_set compound_edges =
      compound_edges_of(when_used<V>(number_words), when_used<V>(number_word_parts));

  // The first bytes that may begin a figure in running text, as written, and the languages whose
  // number words begin with each (folded): digits and signs, a currency written before its number,
  // a number word. extract steps over every other byte without reading.
  static constexpr figure_start_set figure_starts = figure_starts_of(vocabulary_index, when_used<V>(currencies));

  // The length of the longest word of role r (any, one whose entry has no other condition) at i in
  // langs, 0 if there is none.
  static constexpr std::size_t word_of(word_role r, std::string_view s, std::size_t i, lang_mask langs) {
    return word_ending(r, s, i, langs, [](std::size_t) { return true; });
  }
  // The length of the longest word of role r at i in langs whose end end_ok(end) admits, 0 if none.
  template <class EndOk>
  static constexpr std::size_t word_ending(word_role r, std::string_view s, std::size_t i, lang_mask langs,
                                           EndOk end_ok) {
    if (!may_start_role(r, s, i, langs)) return 0;
    const words_found m = words_at(s, i);
    std::size_t best = 0;
    if (!m.has(role_bit(r))) return best;  // no word of r there
    for (std::size_t q = 0; q != m.count; ++q) {
      const word_match& at = m.at[q];
      if (vocabulary_index.words[at.entry].role != r || at.end - i <= best || !end_ok(at.end)) continue;
      if (entry_fits(vocabulary_index, at.entry, s, i, at.end, langs)) best = at.end - i;
    }
    return best;
  }
  // A list word at i in langs ("or", "ou", "and"): its length and entry, none if there is none.
  static constexpr bool any_entry(std::size_t) { return true; }
  // A dense numeric format at i ("BF16"): its length and its number in units/compute.hpp's order.
  static constexpr found find_format_name(std::string_view s, std::size_t i) {
    if (!may_start_role(word_role::numeric_format, s, i, ALL)) return {};
    return longest(words_at(s, i), word_role::numeric_format, s, i, ALL, any_entry);
  }
  // "sparse" or "dense" at i: its length and entry in format_sparsities.
  static constexpr found find_sparsity(std::string_view s, std::size_t i) {
    if (!may_start_role(word_role::sparsity, s, i, ALL)) return {};
    return longest(words_at(s, i), word_role::sparsity, s, i, ALL, any_entry);
  }
  static constexpr found find_list_word(std::string_view s, std::size_t i, lang_mask langs) {
    if (!may_start_role(word_role::list, s, i, langs)) return {};
    return longest(words_at(s, i), word_role::list, s, i, langs, [](std::size_t) { return true; });
  }
  // Whether s[b, e) is a whole word of role r in langs that admit(entry) admits: one lookup where it
  // starts, for the words the grammar reads backwards from a number, whose start word_before finds.
  template <class Admit>
  static constexpr bool is_word_of(word_role r, std::string_view s, std::size_t b, std::size_t e, lang_mask langs,
                                   Admit admit) {
    if (b >= e || !may_start_role(r, s, b, langs)) return false;
    const std::string_view upto = s.substr(0, e);  // the walk ends with the word
    const words_found m = words_at(upto, b);
    for (std::size_t q = 0; q != m.count; ++q) {
      const word_match& at = m.at[q];
      const indexed_word& w = vocabulary_index.words[at.entry];
      if (w.role == r && at.end == e && admit(w.index) && entry_fits(vocabulary_index, at.entry, upto, b, e, langs))
        return true;
    }
    return false;
  }
  static constexpr bool is_word_of(word_role r, std::string_view s, std::size_t b, std::size_t e, lang_mask langs) {
    return is_word_of(r, s, b, e, langs, [](std::size_t) { return true; });
  }
  static constexpr bool is_word_of(word_role r, std::string_view s, std::string_view w, lang_mask langs) {
    const auto b = static_cast<std::size_t>(w.data() - s.data());
    return is_word_of(r, s, b, b + w.size(), langs);
  }

  // A compute figure's format at j ("BF16", "FP8 sparse", "(FP8)" with paren), "sparse" if said before it.
  static constexpr format_found format_at(std::string_view s, std::size_t j, bool paren, bool sparse_before) {
    if (const found f = find_format_name(s, j)) {
      const std::size_t k = f.index, n = f.length;
      std::size_t e = j + n;
      bool sparse = sparse_before;
      const std::size_t sp = skip_spaces(s, e);
      if (const found w = find_sparsity(s, sp))
        e = sp + w.length, sparse = (format_sparsities[w.index].flags & SPARSE) != 0;
      if (paren) {
        if (e >= s.size() || s[e] != ')') return {};
        ++e;
      }
      return {e, sparse ? sparse_format(k) : dense_format(k)};
    }
    return {};
  }
  // A compute figure's format after it: right there, in parentheses, or after a joining word
  // (vocabulary: format_joining_words) with "dense" or "sparse" before it ("2.5 petaflops of dense FP8").
  static constexpr format_found find_format(std::string_view s, std::size_t i) {
    std::size_t j = skip_spaces(s, i);
    const bool paren = j < s.size() && s[j] == '(';
    if (const format_found f = format_at(s, paren ? j + 1 : j, paren, false); f.end != 0 || paren) return f;
    if (const std::size_t n =
            word_ending(word_role::format_joining, s, j, ALL, [&](std::size_t end) { return space_at(s, end) != 0; }))
      j = skip_spaces(s, j + n);
    bool sparse_before = false;
    if (const found w = find_sparsity(s, j); w && space_at(s, j + w.length) != 0)
      j = skip_spaces(s, j + w.length), sparse_before = (format_sparsities[w.index].flags & SPARSE) != 0;
    return format_at(s, j, false, sparse_before);
  }

  // A "B" or "b" glued to the number that ends at e, and after it a model-size word: "123B parameters",
  // "70B model", "70B-Modell". It is billions of parameters in every language, never bytes. Model names
  // are English: the letter is read so in every language.
  static constexpr bool model_size_at(std::string_view s, std::size_t b, std::size_t e) {
    if (e >= s.size() || (s[e] != 'B' && s[e] != 'b') || !boundary_at(s, e + 1)) return false;
    std::size_t k = e + 1;
    if (k < s.size() && s[k] == '-') ++k;
    k = skip_spaces(s, k);
    return word_of(word_role::model_size, s, k, ALL) != 0 || model_named_before(s, b);
  }
  // Whether a model's name ends before the number at b: its family ("Mistral 7B"), its family and
  // version ("Llama 3.1 70B", "DeepSeek-V3 671B", "GPT-4o 200B"), or any name joined to it by a hyphen
  // ("Qwen2.5-72B").
  static constexpr bool model_named_before(std::string_view s, std::size_t b) {
    // A name joined by a hyphen begins with a family ("Qwen2.5-72B", "DeepSeek-V3-671B"); digits are
    // a range ("3-4b"), and other words no model ("3l-4b").
    if (b >= 2 && s[b - 1] == '-' && is_ascii_alnum(s[b - 2])) {
      std::size_t k = b - 1;
      while (k > 0 && b - k < 32 && (is_ascii_alnum(s[k - 1]) || s[k - 1] == '.' || s[k - 1] == '-')) --k;
      return word_of(word_role::model_family, s, k, ALL) != 0;
    }
    // The tokens before b, each a run of bytes other than spaces.
    const auto token_before = [&](std::size_t end) {
      std::size_t e = end;
      while (e > 0 && space_at(s, e - 1) != 0) --e;
      std::size_t from = e;
      while (from > 0 && space_at(s, from - 1) == 0 && e - from < 32) --from;
      return std::pair<std::size_t, std::size_t>{from, e};
    };
    const auto family_at = [&](std::size_t at) { return word_of(word_role::model_family, s, at, ALL) != 0; };
    const auto [t1, e1] = token_before(b);
    if (t1 == e1 || e1 == b) return false;  // nothing before, or no space between
    if (family_at(t1)) return true;
    // A version: digits, dots and at most two letters ("3.1", "V3", "4o", "2.5").
    std::size_t letters = 0;
    bool digit = false;
    for (std::size_t k = t1; k != e1; ++k) {
      if (is_digit(s[k]))
        digit = true;
      else if (is_ascii_letter(s[k]))
        ++letters;
      else if (s[k] != '.')
        return false;
    }
    if (!digit || letters > 2) return false;
    const auto [t2, e2] = token_before(t1);
    return t2 != e2 && family_at(t2);
  }
  // Reads n's glued "B" as the scale word of a model's size, where it is one.
  static constexpr void read_model_size(std::string_view s, std::size_t begin, scaled_number& n) {
    if (!n.number.ok || n.word || !model_size_at(s, begin, n.number.end)) return;
    n.scale = {1, billion_letter_index()};
    n.scale_begin = n.number.end;
    n.end = n.number.end + 1;
    n.tentative = false;
    n.foreign = false;
    n.chained_exp10 = 0;
  }

  // Whether the unit read is a singular unit of time (vocabulary: singular_units) after a number of two
  // or more, not joined by a hyphen: another word there ("nel 2025 ora tocca", "2025 secondo Reuters").
  static constexpr bool singular_unit_after_plural(std::string_view s, const suffix& suf, const scaled_number& n,
                                                   lang_mask langs) {
    if (!suf.is_unit || suf.unit.kind != figure_kind::time || n.scale || below_two(n.number.value)) return false;
    if (suf.text_begin != 0 && s[suf.text_begin - 1] == '-') return false;
    return is_word_of(word_role::singular_unit, s, suf.text_begin, suf.end, langs);
  }

  // Whether a figure of hours at begin is a clock time: a clock word right before it ("\u00e0 18 heures",
  // "a las 18 horas"), not an elided one ("jusqu'\u00e0 18 heures" is up to 18 hours).
  static constexpr bool clock_time_at(std::string_view s, std::size_t begin, lang_mask langs) {
    const std::string_view w = word_before(s, begin);
    const auto at = static_cast<std::size_t>(w.data() - s.data());
    if (!is_word_of(word_role::clock, s, at, at + w.size(), langs)) return false;
    return at == 0 || (s[at - 1] != '\'' && !(at >= 3 && s.substr(at - 3, 3) == "\u2019"));
  }

  // The longest scale word at i. money_ok admits "$3B"-style letters; number_below_2 admits the
  // singular forms in strict grammar.
  static constexpr found find_scale(const words_found& m, std::string_view s, std::size_t i, lang_mask langs,
                                    bool money_ok, bool strict, bool number_below_2) {
    return longest(m, word_role::scale, s, i, langs, [&](std::size_t k) {
      const entry_flags flags = scale_words[k].flags;
      return !((flags & MONEY) && !money_ok) && !((flags & SING) && strict && !number_below_2);
    });
  }
  static constexpr found find_scale(std::string_view s, std::size_t i, lang_mask langs, bool money_ok, bool strict,
                                    bool number_below_2) {
    if (!may_start_role(word_role::scale, s, i, langs)) return {};
    return find_scale(words_at(s, i), s, i, langs, money_ok, strict, number_below_2);
  }

  static constexpr found find_currency(const words_found& m, std::string_view s, std::size_t i, lang_mask langs,
                                       entry_flags position) {
    return longest(m, word_role::currency, s, i, langs,
                   [&](std::size_t k) { return (currencies[k].flags & position) != 0; });
  }
  static constexpr found find_currency(std::string_view s, std::size_t i, lang_mask langs, entry_flags position) {
    if (!may_start_role(word_role::currency, s, i, langs)) return {};
    return find_currency(words_at(s, i), s, i, langs, position);
  }

  // The longest unit at i: a whole entry ("GPUs", "%") or a prefix and a unit ("TWh", "Gigawatt").
  // Units flagged PER ("an" of "par an") are read only after a per word (after_per).
  static constexpr unit_found find_unit(const words_found& m, std::string_view s, std::size_t i, lang_mask langs,
                                        bool after_per = false) {
    unit_found best;
    if (!m.has(role_bit(word_role::unit) | role_bit(word_role::prefix))) return best;
    const found whole = longest(m, word_role::unit, s, i, langs,
                                [&](std::size_t k) { return after_per || (units[k].flags & PER) == 0; });
    if (whole) best = {whole.length, units[whole.index].kind, units[whole.index].scale};
    // The prefixes at i, in table order, which breaks ties between equal lengths.
    std::uint16_t found_prefixes[4]{};
    std::size_t prefix_count = 0;
    for (std::size_t q = 0; q != m.count; ++q) {
      const word_match& at = m.at[q];
      const indexed_word& w = vocabulary_index.words[at.entry];
      if (w.role == word_role::prefix && prefix_count != 4 && entry_fits(vocabulary_index, at.entry, s, i, at.end, ALL))
        found_prefixes[prefix_count++] = w.index;
    }
    for (std::size_t a = 1; a < prefix_count; ++a)
      for (std::size_t b = a; b != 0 && found_prefixes[b] < found_prefixes[b - 1]; --b) {
        const std::uint16_t t = found_prefixes[b];
        found_prefixes[b] = found_prefixes[b - 1];
        found_prefixes[b - 1] = t;
      }
    for (std::size_t q = 0; q != prefix_count; ++q) {
      const prefix_entry& p = prefixes[found_prefixes[q]];
      const std::size_t pn = p.text.size();
      const entry_flags takes = p.symbol ? PSYM : PNAME;
      // The unit after the prefix, looked up where it starts.
      const found u = longest(words_at(s, i + pn, may_start_role(word_role::unit, s, i + pn, langs)), word_role::unit,
                              s, i + pn, langs, [&](std::size_t k) { return (units[k].flags & takes) != 0; });
      if (!u || pn + u.length <= best.length) continue;
      // Prefixes are powers of ten or two: their product with a unit only adds exponents.
      magnitude mag = units[u.index].scale;
      mag.exp2 += p.scale.exp2;
      mag.exp5 += p.scale.exp5;
      best = {pn + u.length, units[u.index].kind, mag};
    }
    return best;
  }
  static constexpr unit_found find_unit(std::string_view s, std::size_t i, lang_mask langs, bool after_per = false) {
    const bool any = may_start_role(word_role::unit, s, i, langs) || may_start_role(word_role::prefix, s, i, ALL);
    return find_unit(words_at(s, i, any), s, i, langs, after_per);
  }

  // A count's accelerators: vendors and adjectives joined by a space or a hyphen, then a model of the
  // catalogue ("H100", "H100s", "H100's") with an optional noun after a space or a hyphen, or a noun
  // alone: "Nvidia H100-GPUs", "AI chips", "KI-Chips". A model followed by a word that names
  // something else ("H100 servers", "H100-Cluster") is none. Its length, 0 if there is none.
  static constexpr std::size_t find_devices(const words_found& at_j, std::string_view s, std::size_t j,
                                            lang_mask langs) {
    // Where none of the words at j is a counting phrase, an adjective, a vendor or a model, there are
    // no accelerators to read before a noun (a noun alone is a unit).
    if (!at_j.has(device_start_roles)) return 0;
    const auto noun_at = [&](std::size_t k) -> std::size_t {
      const unit_found u = find_unit(s, k, langs);
      return u.kind == figure_kind::gpus ? u.length : 0;
    };
    std::size_t k = j, model = 0;
    // "unidades del chip GB200": the longest counting phrase, then what it counts.
    const std::size_t counted =
        longest_ending(at_j, word_role::device_unit, s, k, langs, any_entry, [&](std::size_t end) {
          return space_at(s, end) != 0;
        }).length;
    if (counted != 0) k = skip_spaces(s, k + counted);
    for (int words = 0; words != 3; ++words) {
      // An adjective or a vendor joined by a space or a hyphen: "AI chips", "KI-Chips", "Nvidia H100".
      const auto joined = [&](std::size_t end) { return end < s.size() && (s[end] == ' ' || s[end] == '-'); };
      words_found here;  // the adjective, vendor or model there: the words at j are known
      if (k != j) here = words_at(s, k);
      const words_found& m = k != j ? here : at_j;
      std::size_t n = longest_ending(m, word_role::device_adjective, s, k, langs, any_entry, joined).length;
      // Of the vendors and families, the longest: "Blackwell Ultra", not "Blackwell" of it.
      if (n == 0)
        for (std::size_t q = 0; q != m.count; ++q) {
          const word_match& at = m.at[q];
          if (vocabulary_index.words[at.entry].role == word_role::device_vendor && joined(at.end) && at.end - k > n &&
              entry_fits(vocabulary_index, at.entry, s, k, at.end, ALL))
            n = at.end - k;
        }
      if (n == 0) {
        model = longest(m, word_role::device_model, s, k, ALL, any_entry).length;
        break;
      }
      k += n + 1;
      if (words == 2) model = word_of(word_role::device_model, s, k, ALL);
    }
    if (model == 0) {
      if (k == j) return 0;  // a noun alone is a unit: find_unit has read it
      const std::size_t n = noun_at(k);
      return n != 0 ? k + n - j : 0;
    }
    std::size_t e = k + model;
    for (const std::string_view plural : {std::string_view("'s"), std::string_view("\u2019s"), std::string_view("s")})
      if (const std::size_t n = match(s, e, plural, false); n != 0 && boundary_at(s, e + n)) {
        e += n;
        break;
      }
    if (e < s.size() && (s[e] == ' ' || s[e] == '-')) {
      if (const std::size_t n = noun_at(e + 1)) return e + 1 + n - j;
      if (const std::size_t n = word_of(word_role::device_count, s, e + 1, langs)) return e + 1 + n - j;
      if (word_of(word_role::device_container, s, e + 1, langs) != 0) return 0;
      if (s[e] == '-' && e + 1 < s.size() && !space_at(s, e + 1)) return 0;  // "H100-Cluster", "H100-based"
    }
    return boundary_at(s, e) ? e - j : 0;
  }

  static constexpr device_start_set device_starts = build_device_starts(vocabulary_index);

  // Whether a count read at number_begin is a year before a model ("the 2023 H100 shortage", "in 2025
  // A100 prices fell", "im Jahr 2024 H100-Chips"): a number of four digits from 1900 to 2099, written
  // without a mark, before a model named alone (no plural, no noun), or after a word of time ("year",
  // "Jahr", "ann\u00e9e" ...: the vocabulary's units of time). Read as a count, it would be 2,023
  // devices. "2048 H100s", "2,048 H100" and "2024 H100 GPUs" stay counts.
  static constexpr bool year_before_model(std::string_view s, std::size_t number_begin, const scaled_number& n,
                                          std::string_view unit_text, lang_mask langs) {
    if (!is_year(s, number_begin, n)) return false;
    const std::string_view w = word_before(s, number_begin);
    if (!w.empty()) {
      const unit_found u = find_unit(s, static_cast<std::size_t>(w.data() - s.data()), langs);
      if (u.kind == figure_kind::time && u.length == w.size()) return true;
    }
    // A model that ends the unit's text and starts it or a word of it: one lookup at each word.
    for (std::size_t k = 0; k < unit_text.size(); ++k)
      if ((k == 0 || unit_text[k - 1] == ' ' || unit_text[k - 1] == '-') &&
          is_word_of(word_role::device_model, unit_text, k, unit_text.size(), ALL))
        return true;
    return false;
  }

  // Whether unit u at j is half of GPU-hours: a count's noun with hours after it ("GPU hours",
  // "GPU-Stunden") or hours with a count's noun after them ("heures GPU", "horas de GPU", "ore di GPU").
  // GPU-hours have no kind: read as either half they would be a count of GPUs or a duration.
  static constexpr bool gpu_hours_at(std::string_view s, std::size_t j, const unit_found& u, lang_mask langs) {
    std::size_t k = j + u.length;
    if (k >= s.size() || (s[k] != ' ' && s[k] != '-')) return false;
    ++k;
    if (u.kind == figure_kind::gpus) {
      const unit_found t = find_unit(s, k, langs);
      return t.kind == figure_kind::time && t.scale == m3600;
    }
    if (u.kind != figure_kind::time || !(u.scale == m3600)) return false;
    for (const std::string_view of : {std::string_view("de "), std::string_view("di ")})
      if (match(s, k, of, true) != 0) k += of.size();
    return find_unit(s, k, langs).kind == figure_kind::gpus;
  }

  // A unit at j, or a count's accelerators where they read further ("Nvidia H100-GPUs"); none where it is
  // half of GPU-hours.
  static constexpr unit_found find_unit_or_devices(const words_found& m, std::string_view s, std::size_t j,
                                                   lang_mask langs, bool after_per = false) {
    unit_found u = find_unit(m, s, j, langs, after_per);
    if (const std::size_t n = find_devices(m, s, j, langs); n > u.length) u = {n, figure_kind::gpus, m1};
    if (u.length != 0 && gpu_hours_at(s, j, u, langs)) return {};
    // "1 456 GPU H100", "500 000 puces H100": a model of the catalogue after the noun is the count's too.
    if (u.kind == figure_kind::gpus && u.length != 0)
      if (const std::size_t sp = space_at(s, j + u.length); sp != 0) {
        const std::size_t k = j + u.length + sp;
        const std::size_t model =
            word_ending(word_role::device_model, s, k, ALL, [&](std::size_t end) { return boundary_at(s, end); });
        if (model != 0) u.length = k + model - j;
      }
    return u;
  }

  // Recursive once at most: the inner call, after "de"/"di", passes after_scale = false.
  // `known` is the token after the number, used where the suffix starts there.
  static constexpr suffix read_suffix(std::string_view s, std::size_t i, lang_mask langs,  // NOLINT(misc-no-recursion)
                                      bool currency_allowed, bool unit_allowed, bool after_scale,
                                      const token* known = nullptr) {
    suffix r;
    r.end = i;
    std::size_t j = skip_spaces(s, i);
    // "a 1.2-gigawatt campus", "100-day": a unit or currency joined by a hyphen, if written out.
    const bool hyphen = j == i && hyphen_joins(s, j);
    if (hyphen) ++j;
    if (j >= s.size()) return r;  // a bare number: no word can follow
    // "milliards de dollars", "miliardi di euro": the small word counts only when a unit follows.
    if (after_scale && !hyphen) {
      if (const std::size_t n = word_of(word_role::of, s, j, langs)) {
        const std::size_t k = skip_spaces(s, j + n);
        const bool elided = s[j + n - 1] == '\'' || byte(s[j + n - 1]) == 0x99;
        if (elided || k != j + n) {
          suffix inner = read_suffix(s, k, langs, currency_allowed, unit_allowed, false);
          if (inner.is_currency || inner.is_unit) return inner;
        }
      }
    }
    token here;  // every role of the words there, read once
    if (known == nullptr || !known->at(j)) here = token_after_number(s, j, langs);
    const words_found& words = known != nullptr && known->at(j) ? known->words : here.words;
    found c = currency_allowed ? find_currency(words, s, j, langs, AFTER) : found{};
    unit_found u = unit_allowed ? find_unit_or_devices(words, s, j, langs) : unit_found{};
    if (hyphen && !is_word_name(s.substr(j, c.length))) c = {};
    if (hyphen && !is_word_name(s.substr(j, u.length))) u = {};
    // "dollars canadiens", "$ CA": another country's dollar is no currency of ours, never US dollars.
    if (c && currencies[c.index].code == "USD" && space_at(s, j + c.length) != 0) {
      const std::size_t k = skip_spaces(s, j + c.length);
      // A stem as written (its spaces one each); a code of two letters as a whole word ("$ CA").
      const found other = longest(words_at(s, k, may_start_role(word_role::other_dollar, s, k, langs)),
                                  word_role::other_dollar, s, k, langs, [&](std::size_t d) {
                                    const std::string_view stem = other_dollars[d].text;
                                    return match(s, k, stem, true) == stem.size() &&
                                           (stem.size() > 2 || k + 2 == s.size() || !is_ascii_alnum(s[k + 2]));
                                  });
      if (other) return r;
    }
    if (c && c.length >= u.length) {
      r.is_currency = true;
      // A symbol of two currencies ("\u00a5") names none: read_figure_value refuses it.
      r.currency = (currencies[c.index].flags & AMBIGUOUS) != 0 ? std::string_view() : currencies[c.index].code;
      r.currency_exp10 = currencies[c.index].exp10;
      r.end = j + c.length;
      r.text_begin = j;
    } else if (u.length != 0) {
      r.is_unit = true;
      r.unit = u;
      r.end = j + u.length;
      r.text_begin = j;
    }
    return r;
  }

  // What the figure is per, from the token after it (token_after_figure).
  static constexpr per_found find_per(const token& after, std::string_view s, lang_mask langs, figure_kind amount) {
    // "$30bn annually", "3 Mrd. Euro j\u00e4hrlich": a kind per unit, or none (unread_per_at reports it).
    if (const per_phrase_found p = find_per_phrase(after, s, langs); p.end != 0) {
      const figure_kind kind = per_kind_of(amount, per_phrases[p.index].kind);
      if (kind == figure_kind::number) return {};
      return {p.end, kind, per_phrases[p.index].scale};
    }
    const std::size_t j = after.begin;
    const std::size_t n = longest(after.words, word_role::per, s, j, langs, any_entry).length;
    if (n == 0) return {};
    // "/" and an elided article join the unit ("/kWh", "all'anno"); a word is followed by a space.
    const char last = s[j + n - 1];
    const bool joined = last == '/' || last == '\'' || byte(last) == 0x99;
    const std::size_t k = skip_spaces(s, j + n);
    if (!joined && k == j + n) return {};
    const unit_found u = find_unit_or_devices(words_at(s, k), s, k, langs, true);
    if (u.length == 0) return {};
    if (u.kind == figure_kind::time && time_shift_at(s, k + u.length, langs)) return {};  // "a year ago"
    const figure_kind kind = per_kind_of(amount, u.kind);
    if (kind == figure_kind::number) return {};
    return {k + u.length, kind, u.scale};
  }

  // Whether a word that makes a time a point in time ("ago", "zuvor", "dernier") follows the spaces at
  // i.
  static constexpr bool time_shift_at(std::string_view s, std::size_t i, lang_mask langs) {
    const std::size_t k = skip_spaces(s, i);
    return k != i && word_of(word_role::time_shift, s, k, langs) != 0;
  }

  // A number written as a word at i ("five", "eine", "a"), in langs: its entry, none if there is none.
  // Most words share their first letter with a number word but not the length of their run of ASCII
  // letters and its last letter ("ten" and "two" do, "the", "three" and "trillion" not), which
  // number_word_runs tells at once.
  static constexpr found find_number_word(std::string_view s, std::size_t i, lang_mask langs) {
    return i < s.size() ? find_number_word(s, i, langs, ascii_letter_run(s, i)) : found{};
  }
  // The same, where the caller has counted the run of ASCII letters at i (extract's scan, which steps
  // over the word by that run).
  static constexpr found find_number_word(std::string_view s, std::size_t i, lang_mask langs, std::size_t letters) {
    if (!number_word_runs.may_be_at(s, i, letters, langs) || !starts_word(s, i)) return {};
    return longest(words_at(s, i), word_role::number, s, i, langs, [](std::size_t) { return true; });
  }

  // Mexican Spanish writes the thousands of a number in words and the rest in digits: "mil 500 millones
  // de d\u00f3lares" is 1,500 million dollars, "2 mil 300 millones" 2,300 million. Read apart, "500
  // millones" would be a wrong figure. n, read up to "mil", is read on to the digits and the scale word
  // after them.
  static constexpr void join_thousands_in_digits(std::string_view s, lang_mask langs, bool money, bool strict,
                                                 scaled_number& n) {
    const decimal& a = n.number.value;
    std::uint64_t thousands = 0;
    if (n.word && !n.scale && a.mantissa == 1 && a.exp10 == 3) {
      thousands = 1;  // "mil"
    } else if (n.scale && n.chained_exp10 == 0 && scale_words[n.scale.index].exp10 == 3 &&
               is_word_name(s.substr(n.scale_begin, n.scale.length)) && a.exp10 == 0 && !a.negative &&
               a.mantissa < 1000) {
      thousands = a.mantissa;  // "2 mil", "dos mil"
    } else {
      return;
    }
    const std::size_t k = skip_spaces(s, n.end);
    std::size_t e = k;
    while (e < s.size() && is_digit(s[e]) && e - k <= 3) ++e;
    if (k == n.end || e == k || e - k > 3 || (e < s.size() && (is_digit(s[e]) || s[e] == '.' || s[e] == ','))) return;
    std::uint64_t rest = 0;
    for (std::size_t d = k; d != e; ++d) rest = rest * 10 + static_cast<std::uint64_t>(s[d] - '0');
    n.number = {{thousands * 1000 + rest, 0, false}, e, true, false};
    n.word = n.article = false;
    n.number_exp10 = 0;
    n.end = e;
    n.scale = {};
    const std::size_t j = skip_spaces(s, e);
    if (const found sc = find_scale(s, j, langs, money, strict, false); sc && is_word_name(s.substr(j, sc.length))) {
      n.scale = sc;
      n.scale_begin = j;
      n.end = j + sc.length;
    }
  }

  // Whether the number read at i is written as a year: four digits from 1900 to 2099 with nothing of
  // its own (no scale word, no separator, no decimals), as "2025" of "in 2025 to 1.2 GW" and of "the
  // 2023 H100 shortage".
  static constexpr bool is_year(std::string_view s, std::size_t i, const scaled_number& n) {
    if (n.word || n.scale || n.number.end != i + 4 || n.number.value.exp10 != 0) return false;
    for (std::size_t k = i; k != i + 4; ++k)
      if (!is_digit(s[k])) return false;
    return n.number.value.mantissa >= 1900 && n.number.value.mantissa <= 2099;
  }

  // A number written in words at i: one number word ("five", "eine", "a"), or several that the language
  // joins into one number ("twenty-five", "two hundred and fifty", "f\u00fcnfundzwanzig", "deux cents",
  // "mil quinientos", "tremila"). end is 0 where there is none, and where the words go on with a number
  // word they cannot take ("two hundred and three hundred", "twenty five-year"): read in part, the
  // number would be wrong.
  struct words_number {
    decimal value{};
    std::size_t end = 0;
    bool article = false;         // the number is one article ("a", "eine")
    std::int8_t words_exp10 = 0;  // the power of ten its last words multiply by: 3 of "three thousand"
  };
  static constexpr words_number read_number_words(std::string_view s, std::size_t i, lang_mask langs) {
    return i < s.size() ? read_number_words(s, i, langs, ascii_letter_run(s, i)) : words_number{};
  }
  // The same, where the caller has counted the run of ASCII letters at i (extract's scan).
  static constexpr words_number read_number_words(std::string_view s, std::size_t i, lang_mask langs,
                                                  std::size_t letters) {
    words_number r;
    if (const found one = find_number_word(s, i, langs, letters)) {
      const number_word_entry& e = number_words[one.index];
      r = {{e.value, e.exp10, false}, i + one.length, (e.flags & ART) != 0};
      // Only the languages that write a number in several words go on after a whole word.
      const std::size_t j = r.end;
      if ((langs & (EN | FR | ES)) == 0 || e.exp10 < 0 || j >= s.size() || (s[j] != '-' && space_at(s, j) == 0))
        return r;
      // Most words after a number word start no part of a number ("a new", "one of"): a table says so.
      // After an article only "hundred" or "thousand" may ("a hundred GPUs").
      const std::size_t k = s[j] == '-' ? j + 1 : skip_spaces(s, j);
      if (!may_start_role(word_role::number, s, k, langs) && !may_start_role(word_role::number_part, s, k, langs))
        return r;
      if (r.article &&
          (k + 1 >= s.size() || (compound_edges.multiplier_first[compound_edge_set::key(s[k], s[k + 1])] & langs) == 0))
        return r;
    } else {
      // A compound word of number parts is longer than five bytes ("tremila", "veintid\u00f3s") and
      // begins and ends as number words do.
      if ((langs & (DE | NL | IT | ES)) == 0 || !long_word_at(s, i) || !starts_word(s, i)) return r;
      std::size_t e = i;
      while (e < s.size() && letter_at(s, e)) e += char_length(s, e);
      if (!compound_edges.may_be(s, i, e, langs)) return r;
    }
    compound_read best;
    extend_number(s, i, compound{0, 0, part_kind::none, part_kind::none, 0, false, langs}, best);
    if (best.parts < 2 || best.end <= r.end) return r;
    // Multipliers written as words of their own after a number below a hundred are read as scale
    // words, as they always were ("five thousand GPUs", "cent mille GPU": "thousand" and "mille" are
    // the figures' scale words).
    if (best.trail != 0 && best.before_run < 100) {
      if (best.run_spaced && find_scale(s, skip_spaces(s, best.run_at), langs, false, false, false))
        return best.parts_before_run < 2 ? r : words_number{{best.before_run, 0, false}, best.run_at, false, 0};
      if (best.parts_before_run == 0 && r.end != 0 && space_at(s, r.end) != 0 &&
          find_scale(s, skip_spaces(s, r.end), langs, false, false, false))
        return r;
    }
    // Words that go on with another part of a number ("two hundred and three hundred"), or a compound of
    // words whose last one is joined to the noun ("twenty five-year contracts": twenty contracts).
    if (part_after(s, best.end, langs) || (best.spaced && best.end < s.size() && s[best.end] == '-')) return {};
    // The trailing multipliers are kept as the exponent, as a scale word's are: "two or three thousand
    // GPUs" shares "thousand" with "two".
    std::uint64_t mantissa = best.value;
    for (std::int8_t k = 0; k != best.trail; ++k) mantissa /= 10;
    return {{mantissa, best.trail, false}, best.end, false, best.trail};
  }

  // What a part of a number written in words does: a unit (1 to 9), a teen (10 to 19), a ten, "hundred"
  // that multiplies, a hundreds word ("doscientos"), "thousand", or a word that joins two others.
  enum class part_kind : std::uint8_t { none, unit, teen, ten, hundred, hundreds, thousand, join };
  static constexpr part_kind kind_of(const number_word_entry& e) {
    if ((e.flags & JOIN) != 0) return part_kind::join;
    if (e.exp10 == 0 && e.value >= 1 && e.value <= 9) return part_kind::unit;
    if (e.exp10 == 0 && e.value >= 10 && e.value <= 19) return part_kind::teen;
    if (e.exp10 == 0 && e.value >= 20 && e.value <= 90 && e.value % 10 == 0) return part_kind::ten;
    if (e.exp10 == 2) return e.value == 1 ? part_kind::hundred : part_kind::hundreds;
    if (e.exp10 == 3 && e.value == 1) return part_kind::thousand;
    return part_kind::none;  // a fraction ("half a")
  }
  // Whether a word of at least six bytes starts at i.
  static constexpr bool long_word_at(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j - i < 6 && letter_at(s, j)) j += char_length(s, j);
    return j - i >= 6;
  }
  // A number read so far: its thousands and what is below a thousand, the kind of its last part (and of
  // the part before a joining word), how many parts, whether a space separated two of them, and the
  // language of its parts.
  struct compound {
    std::uint32_t thousands = 0, below = 0;
    part_kind last = part_kind::none, before_join = part_kind::none;
    std::uint8_t parts = 0;
    bool spaced = false;
    lang_mask langs = 0;
    std::int8_t trail = 0;  // the power of ten of the multipliers that end it: 5 of "two hundred thousand"
    // Where those multipliers begin, the number before them and its parts, and whether a space is
    // before them.
    std::size_t run_at = 0;
    std::uint32_t before_run = 0;
    std::uint8_t parts_before_run = 0;
    bool run_spaced = false;
  };
  struct compound_read {
    std::uint32_t value = 0;
    std::size_t end = 0;
    std::uint8_t parts = 0;
    bool spaced = false;
    std::int8_t trail = 0;
    std::size_t run_at = 0;
    std::uint32_t before_run = 0;
    std::uint8_t parts_before_run = 0;
    bool run_spaced = false;
  };
  // How parts are separated: written together ("f\u00fcnfundzwanzig", "tremila", "veinticinco"), by a
  // hyphen ("twenty-five", "vingt-cinq") or by spaces ("deux cents", "mil quinientos").
  enum class part_gap : std::uint8_t { none, hyphen, space };

  // The number c goes on to with a part of kind k and value worth after gap g, as its language writes numbers;
  // parts == 0 where it does not.
  static constexpr compound next_part(const compound& c, part_kind k, std::uint8_t worth, bool article, lang_mask langs,
                                      part_gap g) {
    compound next = c;
    next.langs = c.langs & langs;
    const lang_mask l = next.langs;
    const bool gap_ok = g == part_gap::none     ? (l & (DE | NL | IT)) != 0 || ((l & ES) != 0 && k == part_kind::unit)
                        : g == part_gap::hyphen ? (l & (EN | FR)) != 0
                                                : (l & (EN | FR | ES)) != 0;
    if (l == 0 || (c.parts != 0 && !gap_ok)) return {};
    const bool first = c.parts == 0;
    const bool after_hundreds =
        c.last == part_kind::hundred || c.last == part_kind::hundreds || c.last == part_kind::thousand;
    const bool joined_after_hundreds = c.last == part_kind::join && (l & EN) != 0 &&
                                       (c.before_join == part_kind::hundred || c.before_join == part_kind::hundreds ||
                                        c.before_join == part_kind::thousand);
    const std::uint32_t tens = c.below % 100;
    bool ok = false;
    switch (k) {
      case part_kind::unit:
        ok = first || after_hundreds || joined_after_hundreds ||
             (c.last == part_kind::ten && (g == part_gap::none     ? (l & (IT | ES)) != 0
                                           : g == part_gap::hyphen ? (l & (EN | FR)) != 0
                                                                   : (l & EN) != 0)) ||
             (c.last == part_kind::join && c.before_join == part_kind::ten &&
              ((l & ES) != 0 || ((l & FR) != 0 && worth == 1)));
        if (ok && !first && article && (l & EN) != 0) ok = false;  // "twenty a day"
        next.below += worth;
        break;
      case part_kind::teen:
        ok = first || after_hundreds || joined_after_hundreds ||
             ((l & FR) != 0 && c.last == part_kind::ten && (tens == 60 || tens == 80) && g == part_gap::hyphen) ||
             ((l & FR) != 0 && c.last == part_kind::join && c.before_join == part_kind::ten && tens == 60 &&
              worth == 11);
        next.below += worth;
        break;
      case part_kind::ten:
        ok = first || after_hundreds || joined_after_hundreds ||
             ((l & (DE | NL)) != 0 && c.last == part_kind::join && c.before_join == part_kind::unit);
        next.below += worth;
        break;
      case part_kind::hundred:
        // English, German and Dutch also count in hundreds up to ninety-nine: "fifteen hundred",
        // "elfhundert", "vijftienhonderd".
        ok = first || (c.last == part_kind::unit && c.below < 10) || (c.last == part_kind::thousand && c.below == 0) ||
             ((l & (EN | DE | NL)) != 0 && c.thousands == 0 && c.below < 100 && c.last != part_kind::join &&
              c.last != part_kind::hundred);
        next.below = (c.below == 0 ? 1 : c.below) * 100;
        next.trail = 2;
        break;
      case part_kind::hundreds:
        ok = first || (c.last == part_kind::thousand && c.below == 0);
        next.below = std::uint32_t{worth} * 100;
        break;
      case part_kind::thousand:
        ok = c.thousands == 0 && c.last != part_kind::join;
        next.thousands = c.below == 0 ? 1 : c.below;
        next.below = 0;
        next.trail = static_cast<std::int8_t>(c.last == part_kind::hundred ? c.trail + 3 : 3);
        break;
      case part_kind::join:
        ok = !first && (((l & EN) != 0 && after_hundreds && g == part_gap::space) ||
                        ((l & FR) != 0 && c.last == part_kind::ten && g != part_gap::none) ||
                        ((l & ES) != 0 && c.last == part_kind::ten && g == part_gap::space) ||
                        ((l & (DE | NL)) != 0 && c.last == part_kind::unit && g == part_gap::none));
        next.before_join = c.last;
        break;
      case part_kind::none:
        break;
    }
    if (!ok) return {};
    if (k != part_kind::hundred && k != part_kind::thousand) next.trail = 0;
    next.last = k;
    next.spaced = c.spaced || g == part_gap::space;
    ++next.parts;
    return next;
  }

  // The parts of a number at s[at...] (number words and number_word_parts, inside a word too), each with
  // its end: calls f(kind, value, article, langs, end).
  template <class F>
  static constexpr void parts_at(std::string_view s, std::size_t at, lang_mask langs,  // NOLINT(misc-no-recursion)
                                 F&& f) {
    const words_found m = words_at(s, at);
    for (std::size_t t = 0; t != m.count; ++t) {
      const indexed_word& w = vocabulary_index.words[m.at[t].entry];
      if ((w.role != word_role::number && w.role != word_role::number_part) || (w.langs & langs) == 0) continue;
      const number_word_entry& e = w.role == word_role::number ? number_words[w.index] : number_word_parts[w.index];
      const part_kind k = kind_of(e);
      if (k != part_kind::none) f(k, e.value, (e.flags & ART) != 0, w.langs, m.at[t].end);
    }
  }

  // Reads on from p after the parts of c, keeping in best the longest number that ends at a word's end.
  // Each call reads one more part, and the grammar (next_part) admits at most a dozen in a number (one
  // "thousand", a hundred, a ten, a unit and a joining word on each side of it): the recursion is
  // that deep at most.
  static constexpr void extend_number(std::string_view s, std::size_t p,  // NOLINT(misc-no-recursion)
                                      const compound& c, compound_read& best) {
    if (c.parts != 0 && c.last != part_kind::join && boundary_at(s, p) && p > best.end)
      best = {c.thousands * 1000 + c.below, p,           c.parts, c.spaced, c.trail, c.run_at, c.before_run,
              c.parts_before_run,           c.run_spaced};
    for (const part_gap g : {part_gap::none, part_gap::hyphen, part_gap::space}) {
      std::size_t at = p;
      if (g == part_gap::hyphen) {
        if (c.parts == 0 || at >= s.size() || s[at] != '-') continue;
        ++at;
      } else if (g == part_gap::space) {
        if (c.parts == 0 || space_at(s, at) == 0) continue;
        at = skip_spaces(s, at);
      }
      parts_at(s, at, c.langs,
               [&](part_kind k, std::uint8_t worth, bool article, lang_mask l,  // NOLINT(misc-no-recursion)
                   std::size_t end) {
                 compound next = next_part(c, k, worth, article, l, g);
                 if (next.parts == 0) return;
                 if (next.trail != 0 && c.trail == 0) {  // multipliers begin: "thousand" of "twenty-five thousand"
                   next.run_at = p;
                   next.before_run = c.thousands * 1000 + c.below;
                   next.parts_before_run = c.parts;
                   next.run_spaced = g == part_gap::space;
                 }
                 extend_number(s, end, next, best);
               });
    }
  }

  // Whether a part of a number that is a whole word follows the spaces or the hyphen at p.
  static constexpr bool part_after(std::string_view s, std::size_t p, lang_mask langs) {
    std::size_t at = p < s.size() && s[p] == '-' ? p + 1 : skip_spaces(s, p);
    if (at == p) return false;
    bool any = false;
    parts_at(s, at, langs, [&](part_kind k, std::uint8_t, bool article, lang_mask, std::size_t end) {
      any = any || (k != part_kind::join && !article && boundary_at(s, end));
    });
    return any;
  }

  // Where find_per read nothing: a word that says only "per" at i, and a word or number after it ("$5 per
  // share", "3 GPUs per server", "$5 per 1,000 GPUs"): the figure is per something with no kind, and
  // the amount alone would be the wrong kind of figure. The position of the per word, or npos.
  static constexpr std::size_t unread_per_at(const token& after, std::string_view s, lang_mask langs) {
    const std::size_t j = after.begin;
    if (find_per_phrase(after, s, langs).end != 0) return j;  // "5 GW annually": no kind for power per time
    const words_found& m = after.words;
    if (!m.has(role_bit(word_role::per))) return std::string_view::npos;  // the common case
    for (std::size_t q = 0; q != m.count; ++q) {
      const word_match& at = m.at[q];
      const indexed_word& iw = vocabulary_index.words[at.entry];
      if (iw.role != word_role::per || (per_words[iw.index].flags & ONLY_PER) == 0 ||
          !entry_fits(vocabulary_index, at.entry, s, j, at.end, langs))
        continue;
      const std::string_view w = per_words[iw.index].text;
      const std::size_t n = at.end - j;
      const std::size_t k = w == "/" ? j + n : skip_spaces(s, j + n);
      if (w != "/" && k == j + n) continue;
      if (k >= s.size() || !(is_ascii_alnum(s[k]) || is_letter_lead(s[k]))) continue;
      // An article or an elided one after it makes "per" the word "for" of another language quoted
      // around ("$3 trillion per l'IA"): no per word.
      if (elision_at(s, k + 1) || word_of(word_role::list_article, s, k, ALL) != 0) continue;
      // So does an English article ("per a share"); the articles of the other languages ("un",
      // "ein") are no such sign after "/" ("80 miliardi/un"): the per something stays unread.
      if (const found a = find_number_word(s, k, EN); a && (number_words[a.index].flags & ART) != 0) continue;
      return j;
    }
    return std::string_view::npos;
  }

  // Whether w is a whole number word or scale word of langs ("twenty", "hundred", "Millionen").
  static constexpr bool is_number_name(std::string_view w, lang_mask langs) {
    if (w.empty()) return false;
    const found n = find_number_word(w, 0, langs);
    if (n && n.length == w.size()) return true;
    const found sc = find_scale(w, 0, langs, false, false, false);
    return sc && sc.length == w.size() && is_word_name(w);
  }

  // A number word at i that is part of a longer number or of a fraction is not a figure of its own:
  // "five" of "twenty-five", "twenty five" or "treinta y cinco", "two hundred" of "one thousand two
  // hundred", "a billion" of "half a billion" or "three quarters of a trillion". Reading it alone would
  // give a wrong value, so it is not read.
  static constexpr bool inside_longer_number(std::string_view s, std::size_t i, lang_mask langs, bool article) {
    std::string_view w = word_before(s, i);
    // An article before it is the noun's ("a five-gigawatt campus"), no part of the number.
    const found before = find_number_word(w, 0, langs);
    const bool article_before = before && before.length == w.size() && (number_words[before.index].flags & ART) != 0;
    if (is_number_name(w, langs) && !article_before) return true;
    const auto at = static_cast<std::size_t>(w.data() - s.data());
    // "vingt et un", "treinta y cinco": "and" joins one number; "or" ("one or two") joins two.
    const bool joins_one_number = is_word_of(word_role::list, s, at, at + w.size(), langs,
                                             [](std::size_t k) { return (list_words[k].flags & BETWEEN) != 0; });
    if (joins_one_number) {
      // As the language joins numbers ("vingt et un" is one number, "one and two" two), and a ten and a
      // unit however joined ("trenta e cinque", "twintig en vijf"): read alone, "cinque gigawatt" would
      // be 5 GW.
      const std::string_view first = word_before(s, at);
      if (is_number_name(first, langs) &&
          read_number_words(s, static_cast<std::size_t>(first.data() - s.data()), langs).end > i)
        return true;
      const found ten = find_number_word(first, 0, langs), unit = find_number_word(s, i, langs);
      if (ten && ten.length == first.size() && kind_of(number_words[ten.index]) == part_kind::ten && unit &&
          kind_of(number_words[unit.index]) == part_kind::unit)
        return true;
    }
    if (!article) return false;
    if (is_word_of(word_role::fraction, s, w, langs)) return true;
    return is_word_of(word_role::fraction_of, s, w, langs) &&
           is_word_of(word_role::fraction, s, word_before(s, at), langs);
  }

  // Whether a number word or a list word and a number word follow at j: "twenty-five", "twenty five",
  // "vingt et un", "one thousand two hundred". A range word ("one to two gigawatts") is no such word.
  static constexpr bool longer_number_follows(std::string_view s, std::size_t j, lang_mask langs) {
    if (j < s.size() && s[j] == '-') ++j;
    j = skip_spaces(s, j);
    if (find_number_word(s, j, langs)) return true;
    const found w = find_list_word(s, j, langs);
    return w && static_cast<bool>(find_number_word(s, skip_spaces(s, j + w.length), langs));
  }

  // Whether a scale word of another language stands at j where this language reads none, or only a
  // singular form that the number does not agree with ("$3 billion" read as French): reading the
  // number without it, or with this language's meaning, would give a wrong figure. A unit or currency
  // of this language as long as the word wins ("5 B" is five bytes everywhere). Returns the word's
  // length, 0 if there is none.
  static constexpr std::size_t foreign_scale_at(const words_found& m, std::string_view s, std::size_t j,
                                                lang_mask langs, bool money) {
    const found other = find_scale(m, s, j, ALL & ~langs, money, false, true);
    if (!other) return 0;
    if (!money && find_unit(m, s, j, langs).length >= other.length) return 0;  // no unit follows "$500"
    return find_currency(m, s, j, langs, AFTER).length < other.length ? other.length : 0;
  }

  // The token at the first word after the number is written to `after`, for the suffix step. `word` is
  // the number word at i where the caller has read it.
  static constexpr scaled_number read_scaled(std::string_view s, std::size_t i, lang l, lang_mask langs, bool money,
                                             bool strict, token& after, const words_number* word = nullptr) {
    scaled_number r;
    if (is_digit(s[i]) || s[i] == decimal_mark(l)) {
      // The word after one space is read once: a times word there ("5 times 10^25"), or the token
      // after the number.
      r.number = read_number(s, i, l, [&](std::string_view text, std::size_t at) {
        after = token_after_number(text, at, langs);
        return longest(after.words, word_role::times, text, at, langs, any_entry).length;
      });
    } else if (const words_number w = word != nullptr ? *word : read_number_words(s, i, langs); w.end != 0) {
      r.number = {w.value, w.end, true, false};
      r.word = true;
      r.article = w.article;
      r.number_exp10 = w.words_exp10;
    }
    r.end = r.number.end;
    if (!r.number.ok) return r;
    std::size_t j = skip_spaces(s, r.end);
    const bool small = below_two(r.number.value);
    // "a $500-million deal": a scale word joined by a hyphen, if written out.
    if (j == r.end && hyphen_joins(s, j)) {
      const found joined = find_scale(s, j + 1, langs, money, strict, small);
      if (joined && is_word_name(s.substr(j + 1, joined.length))) ++j;
    }
    // Every role of the words after the number: a scale word of any language, a unit, a currency.
    if (!after.at(j) || r.word) after = token_after_number(s, j, langs);
    const words_found& words = after.words;
    r.scale = find_scale(words, s, j, langs, money, strict, small);
    if (!r.scale && !money && j < s.size() && (s[j] == 'B' || s[j] == 'b' || s[j] == 'm')) {
      r.scale = find_scale(words, s, j, langs, true, strict, small);
      r.tentative = static_cast<bool>(r.scale);
    }
    if (!r.scale || ((scale_words[r.scale.index].flags & SING) && !small)) {
      if (const std::size_t n = foreign_scale_at(words, s, j, langs, money))
        r.foreign = true, r.scale_begin = j, r.foreign_length = n;
    }
    if (r.scale) {
      r.scale_begin = j;
      r.end = j + r.scale.length;
      // Scale words multiply where a larger one follows a written-out one: "one hundred thousand",
      // "two hundred million", "a thousand million".
      const std::string_view first_word = s.substr(j, r.scale.length);
      const std::size_t k = skip_spaces(s, r.end);
      if (k != r.end && is_word_name(first_word)) {
        const found next = find_scale(s, k, langs, money, false, false);
        if (next && is_word_name(s.substr(k, next.length)) &&
            scale_words[next.index].exp10 > scale_words[r.scale.index].exp10) {
          r.chained_exp10 = scale_words[next.index].exp10;
          r.scale.length = k + next.length - j;
          r.end = k + next.length;
        }
      }
    }
    return r;
  }

  // Whether "billion" at j, in a figure read from `from`, is English where language l has a word of that
  // spelling (10^12) that cannot be meant: in French after a sum whose currency is written before it
  // (French writes "1 billion de dollars", English "\u00ab We'll put $1 billion \u00bb"), in German in
  // lower case (German nouns are capitalised: "\u201eWe will spend $1 billion\u201c"). Its length, 0 if
  // it is not: the figure is then other_language, and extract reads the quote in English.
  static constexpr std::size_t english_billion_at(std::string_view s, std::size_t from, std::size_t j, lang l) {
    if (j >= s.size() || !(l == lang::fr || (l == lang::de && s[j] == 'b'))) return 0;
    const found en = find_scale(s, j, EN, true, false, true);
    if (!en || scale_words[en.index].exp10 != 9 || !is_word_name(s.substr(j, en.length))) return 0;
    if (l == lang::fr) {
      std::size_t k = skip_spaces(s, from);
      if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
      if (!find_currency(s, k, FR, BEFORE)) return 0;
    }
    return en.length;
  }

  // A word that says "per" and what in one ("annually", "im Jahr", "-a-year"): its entry's index and
  // end, end 0 if there is none.
  struct per_phrase_found {
    std::size_t end = 0;
    std::size_t index = 0;
  };
  // The per phrase of the token after the figure (token_after_figure).
  static constexpr per_phrase_found find_per_phrase(const token& at, std::string_view s, lang_mask langs) {
    const std::size_t j = at.begin;
    per_phrase_found best;
    if (const found p = longest(at.words, word_role::per_phrase, s, j, langs, any_entry))
      best = {j + p.length, p.index};
    // "im Jahr 2030" is a year, "a quarter of it" a part, "im Jahr zuvor" a point in time: no figure per
    // unit.
    const std::size_t after = skip_spaces(s, best.end);
    if (best.end != 0 && after != best.end && (is_digit(s[after]) || match_word(s, after, "of", true) != 0)) return {};
    if (best.end != 0 && per_phrases[best.index].kind == figure_kind::time && time_shift_at(s, best.end, langs))
      return {};
    return best;
  }

  // Reads one figure starting at `from` (after spaces); st says whether it succeeded (the figure is
  // a default one then). strict applies grammatical number agreement ("3 Billion" is not German),
  // which lang::guess needs to tell languages apart, and with whole_text a range word must be followed
  // by a number ("4 bis" is incomplete); in running text ("5 Millionen bis Ende 2030") the figure ends
  // before it. The figure is returned as one prvalue built from locals at the end, so that it is
  // neither cleared first nor copied on the way to the caller.
  static constexpr figure read_figure_value(std::string_view s, std::size_t from, lang l, bool strict, read_status& st,
                                            bool whole_text = true) {
    const lang_mask langs = bit(l);
    const auto failed = [&st](parse_errc code, std::size_t at) {
      st.error = {code, at};
      st.ok = false;
      return figure{};
    };
    const auto failed_with = [&st](const parse_error& e) {
      st.error = e;
      st.ok = false;
      return figure{};
    };
    std::size_t i = skip_spaces(s, from);
    if (i >= s.size()) return failed(parse_errc::empty_input, i);
    const std::size_t begin = i;
    std::string_view currency, compute_format, scale_word, unit_text;
    figure_kind kind = figure_kind::number;
    magnitude unit_scale{};
    const sign_read sign = sign_at(s, i);
    bool negative = sign.negative;
    i += sign.length;
    found before = find_currency(s, i, langs, BEFORE);
    // "USD1.5bn", "EUR500m": a currency code glued to its number, as wire services write it.
    if (!before && i + 3 < s.size() && is_digit(s[i + 3]) && is_ascii_letter(s[i]))
      if (const found glued = find_currency(s.substr(0, i + 3), i, langs, BEFORE); glued.length == 3) before = glued;
    if (before) {
      if ((currencies[before.index].flags & AMBIGUOUS) != 0) return failed(parse_errc::unknown_currency, i);
      currency = currencies[before.index].code;
      i = skip_spaces(s, i + before.length);
      if (sign.length == 0) {  // "USD -3 billion"
        const sign_read after = sign_at(s, i);
        negative = after.negative;
        i += after.length;
      }
    }
    // Another language's decimal mark first (",5 GW" in English) is that language's number: refused.
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && s[i] != decimal_mark(l) && is_digit(s[i + 1]))
      return failed_with(bad_number_at(s, i, l));
    words_number word;  // the number in words at i, read once: where there is no digit
    if (i >= s.size() || !(is_digit(s[i]) || (s[i] == decimal_mark(l) && i + 1 < s.size() && is_digit(s[i + 1])) ||
                           (word = read_number_words(s, i, langs)).end != 0))
      return failed(parse_errc::expected_number, i);

    token after_number;  // the word token after the last number read, which the suffix step reads
    scaled_number first = read_scaled(s, i, l, langs, static_cast<bool>(before), strict, after_number, &word);
    if (!first.number.ok) return failed_with(bad_number_at(s, i, l));
    if (!before) read_model_size(s, i, first);
    if (const std::size_t j = skip_spaces(s, first.number.end); !first.word && english_billion_at(s, from, j, l) != 0)
      return failed_with({parse_errc::other_language, j, english_billion_at(s, from, j, l), {}, {}});
    if (first.word && (inside_longer_number(s, i, langs, first.article) || longer_number_follows(s, first.end, langs)))
      return failed(parse_errc::expected_number, i);
    if ((langs & ES) != 0) join_thousands_in_digits(s, langs, static_cast<bool>(before), strict, first);
    // "mehrere hundert Millionen", "een paar honderd": some hundreds, no hundred.
    if (first.word && word.value.mantissa == 1 && word.value.exp10 >= 2 &&
        is_word_of(word_role::indefinite, s, word_before(s, i), langs))
      return failed(parse_errc::expected_number, i);
    if (first.article && first.scale && plural_of_a_singular(scale_words[first.scale.index], langs))
      return failed(parse_errc::expected_number, i);
    if (first.number.too_large) return failed(parse_errc::too_large, i);
    if (first.foreign)
      return failed_with({parse_errc::other_language, first.scale_begin, first.foreign_length, {}, {}});
    scaled_number second;  // read only for a range: copies of these structs cost more than the lookups
    bool range = false;
    bool second_negative = false;  // each end has its own sign: "-5 to 3 %"
    {
      const std::size_t j = skip_spaces(s, first.end);
      // A year is no end of a range: "in 2025 to 1.2 GW", "nel 2024 a 10.000 GPU" (2025 is when).
      const std::size_t n = !before && is_year(s, i, first) ? 0 : word_of(word_role::range, s, j, langs);
      if (n != 0) {
        std::size_t k = skip_spaces(s, j + n);
        // "$3 to $5 trillion", "\u20ac10-\u20ac15 billion": the currency written again before the second end
        // is the same sum's; read without it, "$3" alone would be three dollars. With a scale word on
        // both ends, range_of_two (extract) joins the two sums where their words agree.
        if (before && !first.scale)
          if (const found again = find_currency(s, k, langs, BEFORE);
              again && currencies[again.index].code == currency && sign_at(s, k).length == 0)
            k = skip_spaces(s, k + again.length);
        const sign_read second_sign = sign_at(s, k);
        const std::size_t second_at = k + second_sign.length;
        // Between words a dash joins one number ("twenty-five", "vingt-cinq"), it is no range.
        const bool dash = s[j] == '-' || match(s, j, "\u2013", false) != 0;
        if (second_at < s.size() && (is_digit(s[second_at]) || (first.word && !dash && second_sign.length == 0 &&
                                                                read_number_words(s, k, langs).end != 0))) {
          k += second_sign.length;
          second_negative = second_sign.negative;
          second = read_scaled(s, k, l, langs, static_cast<bool>(before), strict, after_number);
          if (!second.number.ok) return failed_with(bad_number_at(s, k, l));
          if (!before) read_model_size(s, i, second);
          if (const std::size_t e = skip_spaces(s, second.number.end); english_billion_at(s, from, e, l) != 0)
            return failed_with({parse_errc::other_language, e, english_billion_at(s, from, e, l), {}, {}});
          if (second.number.too_large) return failed(parse_errc::too_large, k);
          if (second.word && longer_number_follows(s, second.end, langs)) return failed(parse_errc::expected_number, k);
          if (second.foreign)
            return failed_with({parse_errc::other_language, second.scale_begin, second.foreign_length, {}, {}});
          // A scale word written after the first number only does not reach a second: "3 Millionen bis
          // 2030" is three million by 2030, not a range up to 2030 million. The figure ends before "bis".
          range = !(first.scale && !second.scale) && !priced_each(s.substr(j, n), l, first, second);
        } else if (n > 1 && strict && whole_text) {
          return failed(parse_errc::incomplete_range, k);
        }
      }
    }
    // One scale word after the second number serves both ends: "4 bis 5 Millionen", "25-30k".
    const bool shared_scale = range && !first.scale && second.scale;
    if (shared_scale)
      first.scale = second.scale, first.tentative = second.tentative, first.scale_begin = second.scale_begin,
      first.chained_exp10 = second.chained_exp10;
    const scaled_number& last = range ? second : first;
    std::size_t end = last.end;

    suffix suf = read_suffix(s, end, langs, !before, !before, static_cast<bool>(last.scale), &after_number);
    // "100k+ GPUs", "10,000+ GPUs": at least the number, whose noun follows the "+".
    if (!suf.is_unit && !suf.is_currency && end + 1 < s.size() && s[end] == '+' && space_at(s, end + 1) != 0)
      if (const suffix plus = read_suffix(s, end + 1, langs, !before, !before, static_cast<bool>(last.scale));
          plus.is_unit || plus.is_currency)
        suf = plus;
    if (suf.is_currency && suf.currency.empty()) return failed(parse_errc::unknown_currency, suf.text_begin);
    // "$500 millones de pesos": the sum's own word names a currency that its symbol does not.
    if (before) {
      std::size_t k = skip_spaces(s, suf.is_unit ? suf.end : end);
      if (const std::size_t of = word_of(word_role::of, s, k, langs)) k = skip_spaces(s, k + of);
      if (word_of(word_role::unknown_money, s, k, langs) != 0) return failed(parse_errc::unknown_currency, k);
    }
    // "5m GPUs", "4-5m GPUs": a scale letter before accelerators is a scale word, as before a currency.
    if (last.tentative && !suf.is_currency && !(suf.is_unit && suf.unit.kind == figure_kind::gpus)) {
      // "3 B" and "5-6 B" without a currency are bytes, not billions.
      if (range && !shared_scale) return failed(parse_errc::trailing_text, last.scale_begin);
      first.scale = {};
      first.end = first.number.end;
      second.scale = {};
      second.end = second.number.end;
      end = last.number.end;
      suf = read_suffix(s, end, langs, true, true, false, &after_number);
    }
    if (!range && plural_number_at(s, i, suf, last)) return failed(parse_errc::expected_number, i);
    // "a 10-exaflop machine", "one petaflop of AI compute": a prefix name and a singular "flop" in
    // lower case is what news write for a rate as often as for an amount of work, so it is neither.
    if (suf.is_unit && suf.unit.kind == figure_kind::compute_work && suf.end - suf.text_begin > 4 &&
        s.substr(suf.end - 4, 4) == "flop")
      return failed(parse_errc::expected_number, i);
    const std::size_t compound_at = suf.is_unit || suf.is_currency ? suf.end : end;
    // "a gigawatt-scale campus": an order of size after an article, no figure of one.
    if (first.article && hyphen_joins(s, compound_at))
      if (word_of(word_role::order_of_size, s, compound_at + 1, langs) != 0)
        return failed(parse_errc::expected_number, i);
    // "1 GW-year", "5 MW-Jahre": a unit joined to a unit of time is their product, which has no kind
    // here; read as the first unit alone it would be power where energy was meant.
    if (suf.is_unit && suf.unit.kind != figure_kind::time && hyphen_joins(s, suf.end))
      if (const unit_found t = find_unit(s, suf.end + 1, langs);
          t.kind == figure_kind::time && boundary_at(s, suf.end + 1 + t.length))
        return failed(parse_errc::expected_number, i);
    // A one-letter symbol after a scale word, then a word: "1 milliard d euros" is an elision that lost
    // its apostrophe, not a billion days; the figure ends at the scale word.
    if (const std::size_t next = skip_spaces(s, suf.end); suf.is_unit && last.scale && suf.end - suf.text_begin == 1 &&
                                                          next != suf.end && next < s.size() &&
                                                          is_ascii_letter(s[next])) {
      suf = suffix{};
      suf.end = end;
    }
    if (singular_unit_after_plural(s, suf, last, langs)) {
      suf = suffix{};
      suf.end = end;
    }
    if (suf.is_currency || suf.is_unit) {
      end = suf.end;
      unit_text = s.substr(suf.text_begin, suf.end - suf.text_begin);
    }
    if (suf.is_currency) currency = suf.currency;
    // A number written as a word is a figure only with a word written out after it: "five years",
    // "eine Million", "a gigawatt"; never "a T-shirt" or "one s".
    if (first.word || (range && second.word)) {
      const bool named =
          last.scale ? is_word_name(s.substr(last.scale_begin, last.scale.length)) : is_word_name(unit_text);
      const bool of_time = !last.scale && suf.is_unit && suf.unit.kind == figure_kind::time;
      // "an H100", "un GPU", "Een chip": an article names one device, it counts none ("eine Million GPUs" does).
      const bool of_devices = !last.scale && suf.is_unit &&
                              (suf.unit.kind == figure_kind::gpus || suf.unit.kind == figure_kind::h100_equivalents);
      if (!named || (first.article && (of_time || of_devices))) return failed(parse_errc::expected_number, i);
    }

    if (!currency.empty()) {
      kind = figure_kind::money;
      unit_scale = m1;
    } else if (suf.is_unit) {
      kind = suf.unit.kind;
      unit_scale = suf.unit.scale;
      if (kind == figure_kind::compute_rate || kind == figure_kind::compute_work) {
        const format_found fmt = find_format(s, end);
        if (fmt.end != 0) {
          compute_format = fmt.label;
          end = fmt.end;
        }
      }
    }
    if (!strict && !whole_text &&
        (grouped_count_in_decimals(kind, first) || (range && grouped_count_in_decimals(kind, second))))
      return failed_with(bad_number_at(s, i, l));
    if (kind == figure_kind::gpus && !range && year_before_model(s, i, first, unit_text, langs))
      return failed(parse_errc::expected_number, i);
    if (kind == figure_kind::time && unit_scale == m3600 && !last.scale && clock_time_at(s, begin, langs))
      return failed(parse_errc::expected_number, i);
    // What the figure is per: "$0.078/kWh", "750 W per GPU" (a figure per unit, its own kind).
    // The per step is tried where the token after the figure holds a per word or phrase.
    if (const token after_figure = token_after_figure(s, end, langs); after_figure.words.has(per_roles)) {
      if (const per_found per = find_per(after_figure, s, langs, kind); per.kind != figure_kind::number) {
        // "$2 per GPU per hour": per two things, a kind there is none of.
        if (const std::size_t at = unread_per_at(token_after_figure(s, per.end, langs), s, langs);
            at != std::string_view::npos)
          return failed(parse_errc::unknown_per_unit, at);
        const magnitude_result m = unit_scale / per.scale;
        if (m.ok) {
          if (unit_text.empty()) suf.text_begin = skip_spaces(s, end);
          kind = per.kind;
          unit_scale = m.value;
          end = per.end;
          unit_text = s.substr(suf.text_begin, end - suf.text_begin);
        }
      } else if (const std::size_t at = (kind != figure_kind::number || last.scale)
                                            ? unread_per_at(after_figure, s, langs)
                                            : std::string_view::npos;
                 at != std::string_view::npos) {
        return failed(parse_errc::unknown_per_unit, at);
      }
    }
    if (last.scale) scale_word = s.substr(last.scale_begin, last.scale.length);
    const std::int32_t cents = suf.is_currency ? suf.currency_exp10 : 0;
    const auto scaled = [cents](const scaled_number& num, bool minus) {
      return decimal{
          num.number.value.mantissa,
          num.number.value.exp10 + (num.scale ? scale_words[num.scale.index].exp10 : 0) + num.chained_exp10 + cents,
          minus};
    };
    decimal low = scaled(first, negative);
    decimal high = range ? scaled(second, second_negative) : low;
    const bool in_bytes = kind == figure_kind::data || kind == figure_kind::data_rate;
    const magnitude to_canonical = in_bytes ? (unit_scale / canonical_scale(kind)).value : unit_scale;
    double value = to_double(low, to_canonical);
    double upper = range ? to_double(high, to_canonical) : value;
    if (!is_finite(value) || !is_finite(upper)) return failed(parse_errc::too_large, i);
    if ((value == 0 && low.mantissa != 0) || (upper == 0 && high.mantissa != 0))
      return failed(parse_errc::too_small, i);
    if (upper < value) {  // "5 to 3 GW": the ends in order, low first
      const decimal d = low;
      low = high, high = d;
      const double v = value;
      value = upper, upper = v;
    }
    st.ok = true;
    st.words_exp10 =
        (last.scale ? scale_words[last.scale.index].exp10 : 0) + last.chained_exp10 + last.number_exp10 + cents;
    st.number_word = first.word;
    return figure{value, upper, kind, currency, compute_format, scale_word, unit_text,
                  begin, end,   l,    low,      high,           unit_scale};
  }

  // The figure and its status in one object, for the readers that compare several languages.
  static constexpr read_outcome read_figure(std::string_view s, std::size_t from, lang l, bool strict,
                                            bool whole_text = true) {
    read_status st;
    // Braced initialisers run in order: the figure is read before its status is taken.
    return {read_figure_value(s, from, l, strict, st, whole_text), st.error, st.ok, st.words_exp10, st.number_word};
  }

  // The language a text's words tell: its ordinary words (vocabulary.hpp's ordinary_words), each for
  // the languages it is common in, and every other word of the vocabulary that only one language
  // writes ("years", "Milliarden", "miljoen", "millones", "pounds"), for that language. The language
  // with the most of them wins where it has at least two and twice as many as any other; lang::guess
  // where none stands out. One pass over the text.
  static constexpr lang language_of_words(std::string_view s) {
    std::size_t hits[6]{};
    std::size_t i = 0;
    while (i < s.size()) {
      if (!letter_at(s, i) || !starts_word(s, i)) {
        i += char_length(s, i);
        continue;
      }
      std::size_t e = i;
      while (e < s.size() && letter_at(s, e)) e += char_length(s, e);
      // The words that are the whole word: the walk stops at its end.
      const words_found m = words_at(s.substr(0, e), i);
      lang_mask ordinary = 0, written = 0;
      for (std::size_t q = 0; q != m.count; ++q) {
        if (m.at[q].end != e || !entry_fits(vocabulary_index, m.at[q].entry, s, i, e, ALL)) continue;
        const indexed_word& w = vocabulary_index.words[m.at[q].entry];
        if (w.role == word_role::ordinary)
          ordinary |= w.langs;
        else if (tells_language(w.role))
          written |= w.langs;
      }
      // A word of one language only, of two letters or more ("a" is English and a preposition elsewhere).
      const bool one_language = written != 0 && (written & (written - 1)) == 0 && e - i >= 2;
      for (const lang l : all_languages)
        if ((ordinary & bit(l)) != 0 || (ordinary == 0 && one_language && (written & bit(l)) != 0))
          ++hits[static_cast<std::size_t>(l)];
      i = e;
    }
    std::size_t best = 0, second = 0;
    lang chosen = lang::guess;
    for (const lang l : all_languages) {
      const std::size_t h = hits[static_cast<std::size_t>(l)];
      if (h > best)
        second = best, best = h, chosen = l;
      else if (h > second)
        second = h;
    }
    return best >= 2 && best >= 2 * second ? chosen : lang::guess;
  }

  static constexpr auto prefixed_symbol_spellings =
      build_prefixed_symbols<count_prefixed_symbols(when_used<V>(prefixes))>(when_used<V>(prefixes));

  // The spelling of a unit or currency of language l that w is but for its case, or empty.
  static constexpr std::string_view spelling_meant(std::string_view w, lang_mask langs) {
    const auto differs_in_case = [&](std::string_view word, lang_mask in) {
      return (in & langs) != 0 && word != w && folded_equal(word, w);
    };
    for (const unit_entry& u : units)
      if (differs_in_case(u.text, u.langs)) return u.text;
    for (const currency_entry& c : currencies)
      if (differs_in_case(c.text, c.langs)) return c.text;
    for (const prefixed_symbol& p : prefixed_symbol_spellings.at)
      if (differs_in_case(p.view(), p.langs)) return p.view();
    return {};
  }

  // Text at rest after figure f: trailing_text, or unknown_unit where f has no unit or currency and
  // the word at rest is one of this language's but for its case ("12 kw": expected "kW").
  static constexpr parse_error trailing_error(std::string_view s, std::size_t rest, lang l, const figure& f) {
    std::size_t e = rest;
    while (e < s.size() && space_at(s, e) == 0) e += char_length(s, e);
    const std::string_view w = s.substr(rest, e - rest);
    if (f.unit_text.empty() && f.currency.empty() && is_valid(l) && l != lang::guess)
      if (const std::string_view meant = spelling_meant(w, bit(l)); !meant.empty())
        return {parse_errc::unknown_unit, rest, w.size(), meant, {}};
    return {parse_errc::trailing_text, rest, w.size(), {}, {}};
  }

  // The whole grammar over the whole text: nothing but spaces may follow the figure.
  static constexpr figure read_whole_text(std::string_view s, lang l, read_status& st) {
    figure f = read_figure_value(s, 0, l, false, st);
    if (st.ok) {
      const std::size_t rest = skip_spaces(s, f.end);
      if (rest != s.size()) st = {trailing_error(s, rest, l, f), false};
    }
    return f;
  }
};

}  // namespace aiscale::detail::text
