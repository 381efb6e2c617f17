// parse(text, lang): one figure, or an error saying what was wrong and where. parse_as(unit, ...)
// also checks the kind and returns a quantity. Both run in constant evaluation:
//   static_assert(ai::parse_as(ai::usd, "3 biljoen dollar", ai::lang::nl).value() == 3 * ai::trillion * ai::usd);
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "aiscale/core/config.hpp"
#include "aiscale/core/magnitude.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/text/detail/reader.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/lang.hpp"
#include "aiscale/text/result.hpp"
#include "aiscale/units/compute.hpp"

namespace aiscale {

namespace detail::text {

constexpr bool same_reading(const figure& a, const figure& b) {
  return a.kind == b.kind && a.value == b.value && a.upper == b.upper && a.currency == b.currency &&
         a.compute_format == b.compute_format && a.end == b.end;
}

constexpr lang_mask langs_of(lang l) { return l == lang::guess ? all_langs : bit(l); }

// A figure built from two readings (a range of two figures, a number that shares the next figure's
// words); ok is false where there is none.
struct shared_figure {
  figure fig{};
  bool ok = false;
};
// Recursive once at most: read_in of a whole text calls it, and it calls read_in of running text.
template <class V>
constexpr shared_figure range_of_two(std::string_view s, const figure& f, lang l);  // NOLINT(misc-no-recursion)

// Reads a figure at `from` in language l, or in every language for lang::guess: the readings
// must agree, else the answer is the reading of by_words (the language the text's ordinary words
// tell) or ambiguous_language. whole_text: nothing but spaces may follow.
template <class V>
constexpr read_outcome read_in(std::string_view s, std::size_t from, lang l,  // NOLINT(misc-no-recursion)
                               bool whole_text, lang by_words = lang::guess) {
  const auto one = [&](lang in, bool strict) {  // NOLINT(misc-no-recursion): see range_of_two
    read_outcome reading = grammar<V>::read_figure(s, from, in, strict, whole_text);
    if (reading.ok && whole_text) {
      std::size_t rest = skip_spaces(s, reading.fig.end);
      // "2 GW to 3 GW", "$66 billion-$72 billion": a range with its words on both ends, as extract reads it.
      if (rest != s.size())
        if (const shared_figure joined = range_of_two<V>(s, reading.fig, in);
            joined.ok && skip_spaces(s, joined.fig.end) == s.size())
          reading.fig = joined.fig, rest = s.size();
      if (rest != s.size()) reading.ok = false, reading.error = grammar<V>::trailing_error(s, rest, in, reading.fig);
    }
    return reading;  // one object returned: no copy of the figure
  };
  if (l != lang::guess) return one(l, false);
  read_outcome best;
  read_outcome readings[6]{};
  read_outcome per_nothing;  // the first language's reading of a figure per something it has no kind for
  bool read_per_nothing = false;
  std::size_t count = 0;
  for (const lang in : all_languages) {
    read_outcome r = one(in, true);
    // A language that read the number but not its value (out of the range of doubles) cannot be
    // ruled out: the others' readings, which may be of fewer digits, are no answer.
    if (!r.ok && (r.error.code == parse_errc::too_large || r.error.code == parse_errc::too_small)) return r;
    if (!r.ok && r.error.code == parse_errc::unknown_per_unit) {
      if (!read_per_nothing) per_nothing = r, read_per_nothing = true;
      continue;
    }
    if (!r.ok) {
      if (!best.ok && (count == 0 && r.error.offset >= best.error.offset)) best = r;
      continue;
    }
    readings[count++] = r;
  }
  // Keep the readings that read furthest; they must agree.
  std::size_t furthest = 0;
  for (std::size_t k = 0; k != count; ++k)
    if (readings[k].fig.end > furthest) furthest = readings[k].fig.end;
  // One language reads the figure as per something it has no kind for ("$5 per share"): the others'
  // readings that stop before that per word would give the amount alone, which is no answer. A
  // language that reads past it ("80 euro per megawattuur" in Dutch, where "megawattuur" is a unit)
  // read what the per word is per.
  if (read_per_nothing && (count == 0 || furthest <= per_nothing.error.offset)) return per_nothing;
  if (count == 0) return best;
  const read_outcome* first = nullptr;
  std::size_t agreeing = 0;
  for (std::size_t k = 0; k != count; ++k) {
    if (readings[k].fig.end != furthest) continue;
    if (first == nullptr) {
      first = &readings[k];
    } else if (!same_reading(first->fig, readings[k].fig)) {
      for (std::size_t w = 0; w != count; ++w)
        if (readings[w].fig.end == furthest && readings[w].fig.language == by_words) return readings[w];
      return fail(parse_errc::ambiguous_language, first->fig.begin);
    }
    ++agreeing;
  }
  read_outcome r = *first;
  if (agreeing > 1) r.fig.language = lang::guess;
  return r;
}

// A range written with its unit or currency on both ends ("2 GW to 3 GW", "$66 billion-$72 billion",
// "1,5 GW bis 2 GW", "-5% to 3%"): f and the figure after a range word, when they are alike in all but
// their number, as one range figure. ok is false where there is none.
template <class V>
constexpr shared_figure range_of_two(std::string_view s, const figure& f, lang l) {  // NOLINT(misc-no-recursion)
  if (f.is_range() || (f.unit_text.empty() && f.currency.empty())) return {};
  const std::size_t j = skip_spaces(s, f.end);
  const std::size_t n = grammar<V>::word_of(word_role::range, s, j, langs_of(l));
  if (n == 0) return {};
  const read_outcome r = read_in<V>(s, skip_spaces(s, j + n), f.language == lang::guess ? l : f.language, false);
  const figure& g = r.fig;
  if (!r.ok || g.is_range() || g.currency != f.currency || g.compute_format != f.compute_format ||
      !folded_equal(g.scale_word, f.scale_word))
    return {};
  // "$10m-$12m per MW": what the second end is per, the first is per too. Read alone, "$10m" would be a
  // sum of money where a price per power was meant.
  bool per_after_second = false;
  if (g.kind != f.kind)
    for (const per_kind_entry& e : per_kinds)
      per_after_second = per_after_second || (e.amount == f.kind && e.kind == g.kind);
  if (per_after_second && !(g.unit_text.size() > f.unit_text.size() &&
                            folded_equal(g.unit_text.substr(0, f.unit_text.size()), f.unit_text)))
    return {};
  if (!per_after_second &&
      (g.kind != f.kind || !(g.unit_scale == f.unit_scale) || !folded_equal(g.unit_text, f.unit_text)))
    return {};
  shared_figure joined{g, true};
  figure first = f;
  if (per_after_second) {
    const bool in_bytes = g.kind == figure_kind::data || g.kind == figure_kind::data_rate;
    first.value = to_double(f.low, in_bytes ? (g.unit_scale / m8).value : g.unit_scale);
    if (!is_finite(first.value)) return {};
  }
  const bool in_order = g.value >= first.value;
  joined.fig.value = in_order ? first.value : g.value;
  joined.fig.upper = in_order ? g.value : first.value;
  joined.fig.low = in_order ? f.low : g.low;
  joined.fig.high = in_order ? g.low : f.low;
  joined.fig.begin = f.begin;
  return joined;
}

// The dimension a figure's kind has, as sorted factors, to compare with a unit's.
// Base dimensions are compared by their whole names, as units compare them (core/dimension.hpp).
struct figure_dimension {
  struct factor {
    dimension_name name;
    std::int32_t num = 0;
  };
  factor factors[4]{};
  std::size_t count = 0;
  bool known = true;

  // Adds name^num: a name already there adds its exponents (and goes where they cancel), a new one
  // is placed in name order.
  constexpr void add(const dimension_name& name, std::int32_t num) {
    for (std::size_t k = 0; k != count; ++k) {
      if (!(factors[k].name.view() == name.view())) continue;
      factors[k].num += num;
      if (factors[k].num == 0) {
        for (std::size_t m = k + 1; m != count; ++m) factors[m - 1] = factors[m];
        --count;
      }
      return;
    }
    if (count == 4) {
      known = false;
      return;
    }
    std::size_t at = count++;
    for (; at != 0 && name_less(name.view(), factors[at - 1].name.view()); --at) factors[at] = factors[at - 1];
    factors[at] = {name, num};
  }
  constexpr void add(char_view name, std::int32_t num) { add(join_dimension_name(name, {}), num); }
};

// Adds the dimension of kind k, to the power sign (+1, or -1 for what a figure is per).
constexpr void add_dimension(figure_dimension& d, figure_kind k, const figure& f,  // NOLINT(misc-no-recursion)
                             std::int32_t sign) {
  switch (k) {
    case figure_kind::number:
      return;
    case figure_kind::power:
      return d.add("energy", sign), d.add("time", -sign);
    case figure_kind::energy:
      return d.add("energy", sign);
    case figure_kind::money:
      return d.add(money_dimension_of(f.currency), sign);
    case figure_kind::compute_work:
      return d.add(compute_dimension(to_char_view(f.compute_format)), sign);
    case figure_kind::compute_rate:
      return d.add(compute_dimension(to_char_view(f.compute_format)), sign), d.add("time", -sign);
    case figure_kind::gpus:
      return d.add("accelerator", sign);
    case figure_kind::data:
      return d.add("information", sign);
    case figure_kind::time:
      return d.add("time", sign);
    default:
      break;
  }
  // A figure per unit: its amount over what it is per. H100-equivalents and values that are no
  // kind have no dimension to compare.
  for (const per_kind_entry& e : per_kinds)
    if (e.kind == k) return add_dimension(d, e.amount, f, sign), add_dimension(d, e.per, f, -sign);
  d.known = false;
}

constexpr figure_dimension dimension_of(const figure& f) {
  figure_dimension d;
  add_dimension(d, f.kind, f, 1);
  return d;
}

template <class U>
constexpr bool has_dimension(const figure& f) {
  const figure_dimension d = dimension_of(f);
  if (!d.known || d.count != U::def.dim_count) return false;
  for (std::size_t k = 0; k != d.count; ++k)
    if (!(d.factors[k].name.view() == U::def.dim_name(k)) || d.factors[k].num != U::def.dims[k].num ||
        U::def.dims[k].den != 1)
      return false;
  return true;
}

// A ratio below one (%, \u2030, ppm) is what the text must say: a bare "5" is not 500 %. Plain
// factors and scale words (one, million) take a bare number.
template <class U>
constexpr bool takes_figure(const figure& f) {
  if (!has_dimension<U>(f)) return false;
  if constexpr (U::def.dim_count == 0 && value_of<double>(U::def.mag) < 1.0) return !(f.unit_scale == magnitude{});
  return true;
}

// A wrong_dimension error for figure f read as unit U: what was found (the currency, the numeric
// format or the kind) and the unit asked for ("money in EUR, not USD").
template <class U>
constexpr parse_error wrong_dimension_for(const figure& f) {
  std::string_view found = name_of(f.kind);
  if (f.kind == figure_kind::money) found = f.currency;
  if (f.kind == figure_kind::compute_rate || f.kind == figure_kind::compute_work)
    found = f.compute_format.empty() ? std::string_view("no numeric format") : f.compute_format;
  const char_view symbol = U::symbol.view();
  return {parse_errc::wrong_dimension, f.begin, f.end - f.begin, std::string_view(symbol.data(), symbol.size()), found};
}

template <class U>
constexpr double value_in(const decimal& d, const magnitude& scale) {
  const magnitude_result m = scale / U::def.mag;
  if (m.ok) return to_double(d, m.value);
  return to_double(d, scale) / value_of<double>(U::def.mag);
}

// The value of d in unit U, or an error where it is out of the range of doubles in that unit
// (10^308 bytes are too many bits): never an infinity, nor 0 for a number that is not zero.
template <class U>
struct value_or_error {
  double value = 0;
  parse_error error{};
  bool ok = false;
};
template <class U>
constexpr value_or_error<U> checked_value_in(const decimal& d, const figure& f) {
  const double v = value_in<U>(d, f.unit_scale);
  if (!is_finite(v)) return {v, {parse_errc::too_large, f.begin, f.end - f.begin}, false};
  if (v == 0 && d.mantissa != 0) return {v, {parse_errc::too_small, f.begin, f.end - f.begin}, false};
  return {v, {}, true};
}

// void, as a type that depends on T: parse<reading_for<U>> in a template is instantiated with that
// template, not where it is defined (clang instantiates a constexpr function template that a template
// names), so that a program that never reads text does not build the reader's tables.
template <class T>
using reading_for = std::conditional_t<sizeof(T*) != 0, void, T>;

}  // namespace detail::text

// The figure at the start of text, which must hold nothing else but spaces. A template only so that
// the reader's tables are built where text is read (V is never given).
template <class V = void>
constexpr parse_result<figure> parse(std::string_view text, lang language) {
  if (!is_valid(language)) return parse_error{parse_errc::unknown_language, 0};
  if (language != lang::guess) {
    // One language: the figure is read straight into the result.
    detail::text::read_status st;
    parse_result<figure> result(
        detail::text::build_in_place{}, [&] { return detail::text::grammar<V>::read_whole_text(text, language, st); },
        st);
    // "2 GW to 3 GW": a range with its words on both ends is one figure, as extract reads it.
    if (!st.ok && st.error.code == parse_errc::trailing_text)
      if (const detail::text::read_outcome r = detail::text::read_in<V>(text, 0, language, true); r.ok) return r.fig;
    return result;
  }
  const detail::text::read_outcome r =
      detail::text::read_in<V>(text, 0, language, true, detail::text::grammar<V>::language_of_words(text));
  if (!r.ok) return r.error;
  return r.fig;
}

// A temporary that owns its characters (a std::string returned by a call): it dies at the end of the
// full expression, and a figure read from it would keep views (scale_word, unit_text) into freed
// memory. Views, pointers and string literals last as long as their owner does. parse, extract and
// check refuse such a text; a user's own reader of figures can do the same.
template <class S>
concept owning_temporary_text = !std::is_lvalue_reference_v<S> && std::is_convertible_v<S, std::string_view> &&
                                !std::is_same_v<std::remove_cvref_t<S>, std::string_view> &&
                                !std::is_pointer_v<std::decay_t<S>> && !std::is_array_v<std::remove_reference_t<S>>;

// Refused: the figure would point into a string that is gone when parse returns. Keep the text in a
// variable, or use parse_as, whose quantity holds no view.
template <class S>
requires owning_temporary_text<S> parse_result<figure> parse(S&& text, lang language)
= delete;

// A figure already read (by parse or extract) as a quantity of unit u, checked like parse_as: the
// figure's kind, currency and numeric format must be u's, and a range is refused (figure_range_as).
template <unit_type U>
constexpr parse_result<quantity<U{}, double>> figure_as(U, const figure& f) {
  if (!detail::text::takes_figure<U>(f)) return detail::text::wrong_dimension_for<U>(f);
  if (f.is_range()) return parse_error{parse_errc::is_range, f.begin};
  const auto v = detail::text::checked_value_in<U>(f.low, f);
  if (!v.ok) return v.error;
  return quantity<U{}, double>(v.value);
}

// The figure as a quantity of unit u (any unit of the figure's kind: GW for "75 Gigawatt").
template <unit_type U>
constexpr parse_result<quantity<U{}, double>> parse_as(U u, std::string_view text, lang language) {
  const parse_result<figure> r = parse<detail::text::reading_for<U>>(text, language);
  if (!r) return r.error();
  return figure_as(u, r.value());
}

// A low/high pair of quantities, as parse_range_as reads it; a single figure gives low == high.
template <class Q>
struct quantity_range {
  Q low{};
  Q high{};
};

// A figure already read as a pair of quantities of unit u: both ends of a range, or the one value
// twice.
template <unit_type U>
constexpr parse_result<quantity_range<quantity<U{}, double>>> figure_range_as(U, const figure& f) {
  if (!detail::text::takes_figure<U>(f)) return detail::text::wrong_dimension_for<U>(f);
  using Q = quantity<U{}, double>;
  const auto low = detail::text::checked_value_in<U>(f.low, f);
  if (!low.ok) return low.error;
  const auto high = detail::text::checked_value_in<U>(f.high, f);
  if (!high.ok) return high.error;
  return quantity_range<Q>{Q(low.value), Q(high.value)};
}

// A range ("4 bis 5 Millionen GPUs", "USD 25-30bn") or a single figure as a pair of quantities.
template <unit_type U>
constexpr parse_result<quantity_range<quantity<U{}, double>>> parse_range_as(U u, std::string_view text,
                                                                             lang language) {
  const parse_result<figure> r = parse<detail::text::reading_for<U>>(text, language);
  if (!r) return r.error();
  return figure_range_as(u, r.value());
}

}  // namespace aiscale
