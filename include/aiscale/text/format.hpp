// format(q, lang): a quantity as a language writes it: "75 GW", "3 Billionen US-Dollar",
// "3 000 milliards de dollars", "989 TFLOP/s BF16"; format_range(lo, hi, lang) for estimates.
// Constexpr: static_assert(ai::format(3 * ai::trillion * ai::usd, ai::lang::de) == "3 Billionen US-Dollar").
#pragma once

#include <cstdint>
#include <string_view>

#include "aiscale/core/magnitude.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/digits.hpp"
#include "aiscale/text/detail/out_words.hpp"
#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/formatted_text.hpp"
#include "aiscale/text/lang.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/prefixes.hpp"

namespace aiscale {

// How money names its currency: automatic is "USD 3 trillion" in English (compact "$3T") and the
// currency's name elsewhere ("3 Billionen US-Dollar", compact "3 Bio. USD").
enum class currency_style : std::uint8_t { automatic, code, symbol, name };

struct format_options {
  int digits = 3;        // significant digits; trailing zeros after the decimal mark are dropped
  bool compact = false;  // abbreviated scale words: "$3T", "3 Bio. USD", "100M GPUs"
  currency_style currency = currency_style::automatic;
};

namespace detail::text {

// What the text layer knows about a unit's dimension, found at compile time from its definition.
struct unit_info {
  figure_kind kind = figure_kind::number;
  bool known = false;
  bool percent = false;
  std::string_view currency;
  std::string_view format;
  magnitude scale{};      // the unit in the base unit of its dimension
  bool per_gpu = false;   // the kind per accelerator: "1 kW/GPU", "USD 30,000/GPU"
  bool per_time = false;  // money per unit of time, written per year: "USD 199 million a year"
};

// One base dimension of a unit: its declared name and its exponent.
struct named_factor {
  char_view name;
  std::int32_t num = 0;
  std::int32_t den = 1;
};

// The kind of the factors fs (after a per-accelerator factor is set aside).
constexpr void classify(unit_info& r, const named_factor* fs, std::size_t n) {
  const auto is = [](const named_factor& f, char_view name, std::int32_t num) {
    return f.name == name && f.num == num && f.den == 1;
  };
  const auto compute = [&is](const named_factor& f, std::string_view& label) {
    for (const char_view l : compute_labels)
      if (is(f, compute_dimension(l).view(), 1)) return label = std::string_view(l), true;
    return false;
  };
  const auto money = [&](const named_factor& f) {
    for (const char_view c : currency_codes)  // units/money.hpp's currencies
      if (is(f, money_dimension_of(c).view(), 1)) return r.currency = std::string_view(c.data(), c.size()), true;
    return false;
  };
  if (n == 1) {
    const named_factor f = fs[0];
    r.known = true;
    if (is(f, "energy", 1))
      r.kind = figure_kind::energy;
    else if (is(f, "time", 1))
      r.kind = figure_kind::time;
    else if (is(f, "accelerator", 1))
      r.kind = figure_kind::gpus;
    else if (is(f, "information", 1))
      r.kind = figure_kind::data;
    else if (compute(f, r.format))
      r.kind = figure_kind::compute_work;
    else if (money(f))
      r.kind = figure_kind::money;
    else
      r.known = false;
  } else if (n == 2) {
    for (int swap = 0; swap != 2; ++swap) {
      const named_factor a = fs[swap], b = fs[1 - swap];
      if (!is(b, "time", -1)) continue;
      if (is(a, "energy", 1)) r.kind = figure_kind::power, r.known = true;
      if (compute(a, r.format)) r.kind = figure_kind::compute_rate, r.known = true;
      if (money(a)) r.kind = figure_kind::money, r.per_time = true, r.known = true;
    }
  }
}

template <class U>
constexpr unit_info info_of() {
  unit_info r;
  const auto& d = U::def;
  r.scale = d.mag;
  if constexpr (U::def.dim_count == 0) {
    r.known = true;
    r.percent = U::symbol.view() == char_view("%");
  } else if constexpr (U::def.dim_count <= 3) {
    // A figure per accelerator is its kind with "/GPU" after it: the accelerator's factor set aside.
    named_factor fs[3]{};
    std::size_t n = 0;
    for (std::size_t k = 0; k != U::def.dim_count; ++k) {
      const named_factor f{d.dim_name(k), d.dims[k].num, d.dims[k].den};
      if (U::def.dim_count > 1 && f.name == char_view("accelerator") && f.num == -1 && f.den == 1)
        r.per_gpu = true;
      else
        fs[n++] = f;
    }
    classify(r, fs, n);
  }
  return r;
}

// The engineering prefixes' symbols from nano to yotta, as units/prefixes.hpp spells them.
constexpr std::string_view symbol_of(char_view c) { return {c.data(), c.size()}; }
inline constexpr std::string_view si_symbols[] = {
    symbol_of(nano.symbol), symbol_of(micro.symbol), symbol_of(milli.symbol), "",
    symbol_of(kilo.symbol), symbol_of(mega.symbol),  symbol_of(giga.symbol),  symbol_of(tera.symbol),
    symbol_of(peta.symbol), symbol_of(exa.symbol),   symbol_of(zetta.symbol), symbol_of(yotta.symbol)};

constexpr std::int32_t floor3(std::int32_t e) { return (e >= 0 ? e / 3 : -((-e + 2) / 3)) * 3; }
constexpr std::int32_t clamp(std::int32_t v, std::int32_t lo, std::int32_t hi) { return v < lo ? lo : v > hi ? hi : v; }

struct plan {
  rounded lo, hi;
  bool range = false;
  std::int32_t exp = 0;  // the shown numbers are value / 10^exp
  constexpr std::int32_t lead() const {
    if (!range) return lo.lead();
    const std::int32_t a = lo.digits ? lo.lead() : -400, b = hi.digits ? hi.lead() : -400;
    return a > b ? a : b;
  }
  constexpr bool singular() const { return !range && lo.is_one_at(exp); }
};

constexpr void put_numbers(formatted_text& out, const plan& p, lang l) {
  if (p.lo.negative && p.lo.digits) out.append('-');
  put_number(out, p.lo, p.exp, l);
  if (!p.range) return;
  const std::string_view word = range_word(l);
  const bool spaced = is_ascii_letter(word[0]) || byte(word[0]) == 0xC3;  // a word ("bis", "\u00e0"), not a dash
  if (spaced) out.append(' ');
  out.append(word);
  if (spaced) out.append(' ');
  if (p.hi.negative && p.hi.digits) out.append('-');
  put_number(out, p.hi, p.exp, l);
}

// The scale word level for the plan's size, or none (exp stays 0) below the smallest level.
constexpr const scale_level* choose_level(plan& p, const scale_levels& levels) {
  const std::int32_t lead = p.lead();
  const scale_level* chosen = nullptr;
  for (std::size_t k = 0; k != levels.count; ++k)
    if (levels.levels[k].exp10 <= lead) chosen = &levels.levels[k];
  p.exp = chosen ? chosen->exp10 : 0;
  return chosen;
}

// Money, GPU counts and plain numbers: scale words.
constexpr void format_counted(formatted_text& out, plan& p, const unit_info& info, lang l, const format_options& o) {
  const bool money = info.kind == figure_kind::money;
  const scale_level* level = choose_level(p, scale_levels_for(l, o.compact, money));
  const bool one = p.singular();
  const std::string_view word = level ? (one ? level->singular : level->plural) : std::string_view{};
  const bool attach = l == lang::en && o.compact;  // "$3T", "25k GPUs"
  const auto numbers_and_word = [&] {
    put_numbers(out, p, l);
    if (level == nullptr) return;
    if (!attach) out.append(' ');
    out.append(word);
  };
  std::string_view noun;
  if (money) {
    const currency_words w = currency_words_for(info.currency, l);
    currency_style style = o.currency;
    if (style == currency_style::automatic)
      style = l == lang::en ? (o.compact ? currency_style::symbol : currency_style::code) : currency_style::name;
    if (style == currency_style::symbol && w.symbol.empty()) style = currency_style::code;
    if (style == currency_style::name && w.plural.empty()) style = currency_style::code;
    if (o.compact && style == currency_style::name) style = currency_style::code;
    if (l == lang::en && style != currency_style::name) {
      out.append(style == currency_style::symbol ? w.symbol : w.code);
      if (style == currency_style::code) out.append(' ');
      return numbers_and_word();
    }
    // A noun after a scale word is plural: "1 milliard d'euros".
    noun = style == currency_style::name     ? (one && level == nullptr ? w.singular : w.plural)
           : style == currency_style::symbol ? w.symbol
                                             : w.code;
    numbers_and_word();
    if (style == currency_style::name && level && !o.compact && !of_word(l).empty()) {
      const bool vowel = noun[0] == 'e';
      if (l == lang::fr && vowel) return out.append(" d'"), out.append(noun);
      out.append(' '), out.append(of_word(l));
    }
    out.append(' ');
    return out.append(noun);
  }
  numbers_and_word();
  if (info.kind == figure_kind::gpus) {
    if (level && !o.compact && !of_word(l).empty()) out.append(' '), out.append(of_word(l));
    out.append(' ');
    out.append(gpu_word(l, !one || level != nullptr));  // a million GPUs are many: "1 million GPUs"
  }
}

constexpr void format_amount(formatted_text& out, double lo, double hi, bool range, const unit_info& info,
                             std::string_view symbol, lang l, const format_options& o) {
  // Into the unit shown: Wh for energy, bytes for data, seconds (then a larger unit) for time,
  // money per second as money per year.
  double unit = info.per_time ? 1.0 / 31557600 : 1;
  if (info.kind == figure_kind::energy) unit = 3600;
  if (info.kind == figure_kind::data) unit = 8;
  std::string_view time_unit;
  if (info.kind == figure_kind::time) {
    const double big = (lo < 0 ? -lo : lo) > (hi < 0 ? -hi : hi) ? (lo < 0 ? -lo : lo) : (hi < 0 ? -hi : hi);
    constexpr double steps[] = {31557600, 86400, 3600, 60};
    constexpr std::string_view names[] = {"yr", "d", "h", "min"};
    for (int k = 0; k != 4 && time_unit.empty(); ++k)
      if (big >= steps[k]) unit = steps[k], time_unit = names[k];
  }
  if (info.percent) unit = 0.01;
  plan p;
  p.range = range;
  p.lo = round_to(lo / unit, o.digits);
  p.hi = round_to(hi / unit, o.digits);
  if (!p.range) p.hi = p.lo;

  switch (info.kind) {
    case figure_kind::money:
    case figure_kind::gpus:
    case figure_kind::h100_equivalents:
      return format_counted(out, p, info, l, o);
    case figure_kind::number:
      if (!info.known) break;
      if (info.percent) {
        put_numbers(out, p, l);
        return out.append(l == lang::en ? "%" : " %");
      }
      return format_counted(out, p, info, l, o);
    default:
      break;
  }
  if (!info.known) {
    put_numbers(out, p, l);
    if (!symbol.empty()) out.append(' '), out.append(symbol);
    return;
  }
  if (!time_unit.empty()) {
    put_numbers(out, p, l);
    return out.append(' '), out.append(time_unit);
  }
  const std::int32_t lowest = info.kind == figure_kind::data ? 0 : -9;
  const std::int32_t highest = info.kind == figure_kind::time ? 0 : 24;
  p.exp = p.lo.digits == 0 && p.hi.digits == 0 ? 0 : clamp(floor3(p.lead()), lowest, highest);
  put_numbers(out, p, l);
  out.append(' ');
  out.append(si_symbols[static_cast<std::size_t>((p.exp + 9) / 3)]);
  switch (info.kind) {
    case figure_kind::power:
      return out.append("W");
    case figure_kind::energy:
      return out.append("Wh");
    case figure_kind::data:
      return out.append("B");
    case figure_kind::time:
      return out.append("s");
    case figure_kind::compute_work:
    case figure_kind::compute_rate:
      out.append(info.kind == figure_kind::compute_rate ? "FLOP/s" : "FLOP");
      if (!info.format.empty()) out.append(' '), out.append(info.format);
      return;
    default:
      return;
  }
}

// The amount, then what it is per: "a year", "/GPU".
constexpr void format_value(formatted_text& out, double lo, double hi, bool range, const unit_info& info,
                            std::string_view symbol, lang l, const format_options& o) {
  if (l == lang::guess || !is_valid(l)) l = lang::en;  // a value that is no lang would index past the tables
  format_amount(out, lo, hi, range, info, symbol, l, o);
  if (!info.known) return;  // the unit's own symbol says it all
  if (info.per_time) {
    const per_year_words w = per_year_for(l, o.compact);
    const char joint = w.per.back();
    if (!o.compact) out.append(' ');
    out.append(w.per);
    if (joint != '/' && joint != '\'') out.append(' ');  // "pro Jahr", but "/yr" and "all'anno"
    out.append(w.year);
  }
  if (info.per_gpu) out.append("/GPU");
}

template <class U>
constexpr double in_base_unit(double v) {
  constexpr unit_info info = info_of<U>();
  if constexpr (!info.known) {
    return v;
  } else {
    constexpr magnitude one_unit{};
    constexpr integer_result up = integer_value(info.scale), down = integer_value(inverse(info.scale));
    if constexpr (info.scale == one_unit)
      return v;
    else if constexpr (up.ok)
      return v * static_cast<double>(up.value);
    else if constexpr (down.ok)
      return v / static_cast<double>(down.value);
    else
      return v * value_of<double>(info.scale);
  }
}

}  // namespace detail::text

// A quantity in words and numbers of a language, with an engineering prefix (mantissa in
// [1, 1000)) or the language's scale word, and o.digits significant digits.
template <auto U, class R>
constexpr formatted_text format(const quantity<U, R>& q, lang language, format_options o = {}) {
  using unit_type_t = unit_t<U>;
  constexpr detail::text::unit_info info = detail::text::info_of<unit_type_t>();
  const double v = detail::text::in_base_unit<unit_type_t>(static_cast<double>(q.value()));
  formatted_text out;
  detail::text::format_value(out, v, v, false, info, unit_type_t::symbol.view(), language, o);
  return out;
}

// An estimate's low and high ends in one phrase: "USD 25–30 billion", "4 bis 5 Millionen GPUs".
template <auto U1, class R1, auto U2, class R2>
requires same_dimension_v<unit_t<U1>, unit_t<U2>>
constexpr formatted_text format_range(const quantity<U1, R1>& low, const quantity<U2, R2>& high, lang language,
                                      format_options o = {}) {
  using unit_type_t = unit_t<U1>;
  constexpr detail::text::unit_info info = detail::text::info_of<unit_type_t>();
  const double lo = detail::text::in_base_unit<unit_type_t>(static_cast<double>(low.value()));
  const double hi = detail::text::in_base_unit<unit_type_t>(high.template value_in<double>(U1));
  formatted_text out;
  detail::text::format_value(out, lo, hi, true, info, unit_type_t::symbol.view(), language, o);
  return out;
}

}  // namespace aiscale
