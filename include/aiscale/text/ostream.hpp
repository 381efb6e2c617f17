// operator<< for the text layer's results: a parse_error prints its message, what it found and
// expected where it knows, and the byte offset;
// a figure its value with its unit, in the language it was read in ("12 GW", "3,5 Milliarden Euro"). formatted_text
// streams itself (formatted_text.hpp). Needs only <iosfwd>: every use of the stream depends on its
// type, so the stream is whatever the caller already includes, and a program that does not print
// does not pay for <ostream>.
#pragma once

#include <iosfwd>

#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/format.hpp"
#include "aiscale/text/formatted_text.hpp"
#include "aiscale/text/result.hpp"

namespace aiscale {

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const parse_error& e) {
  const std::string_view m = e.message();
  os.write(m.data(), static_cast<decltype(os.width())>(m.size()));
  const auto quoted = [&os](std::string_view what, std::string_view text) {
    os.write(what.data(), static_cast<decltype(os.width())>(what.size()));
    os << '"';
    os.write(text.data(), static_cast<decltype(os.width())>(text.size()));
    os << '"';
  };
  if (!e.found.empty()) quoted(": found ", e.found);
  if (!e.expected.empty()) quoted(e.found.empty() ? ": expected " : ", expected ", e.expected);
  return os << " (at byte " << e.offset << ')';
}

namespace detail::text {
// How a figure per unit is written: its amount per one of these units ("USD 0.078/kWh", "105 TWh/yr";
// per accelerator and money per year as format() writes them: "750 W/GPU", "USD 199 million a year").
struct per_shown {
  figure_kind kind;
  double unit;  // in the base unit of what the figure is per
  std::string_view symbol;
};
inline constexpr per_shown per_units_shown[] = {
    {figure_kind::price_per_energy, 3.6e6, "/kWh"},
    {figure_kind::money_per_power, 1e9, "/GW"},
    {figure_kind::energy_per_time, 31557600, "/yr"},
    {figure_kind::data_rate, 1, "/s"},
};

// A figure as format() writes a quantity of its kind, with 15 significant digits (every decimal a
// text can hold in a double): "12 GW", "USD 3.5 billion", "30%", "USD 0.078/kWh".
template <class V>  // any type: format's tables are built where this is used (when_used.hpp)
constexpr formatted_text format_figure(const figure& f) {
  unit_info info;
  info.kind = f.kind;
  double per = 1;
  std::string_view per_symbol;
  for (const per_kind_entry& e : per_kinds) {
    if (e.kind != f.kind) continue;
    info.kind = e.amount;
    info.per_gpu = e.per == figure_kind::gpus;
    info.per_time = e.amount == figure_kind::money && e.per == figure_kind::time;
    for (const per_shown& p : per_units_shown)
      if (p.kind == f.kind) per = p.unit, per_symbol = p.symbol;
  }
  info.known = info.kind != figure_kind::h100_equivalents;
  info.currency = f.currency;
  info.format = f.compute_format;
  info.percent = f.kind == figure_kind::number && f.unit_scale == m_percent;
  const double in_base = (info.kind == figure_kind::data ? 8 : 1) * per;  // format() takes data in bits
  formatted_text out;
  format_value<V>(out, f.value * in_base, f.upper * in_base, f.is_range(), info, "", f.language, {.digits = 15});
  if (f.kind == figure_kind::h100_equivalents) out.append(" H100e");
  out.append(per_symbol);
  return out;
}
}  // namespace detail::text

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const figure& f) {
  const formatted_text t = detail::text::format_figure<Traits>(f);
  if (t.complete()) return os << t;
  // Too long to write in words: the value and the kind's name.
  os << f.value;
  if (f.is_range()) os << ".." << f.upper;
  const std::string_view kind = name_of(f.kind);
  os << ' ';
  os.write(kind.data(), static_cast<decltype(os.width())>(kind.size()));
  if (!f.currency.empty()) os << ' ', os.write(f.currency.data(), static_cast<decltype(os.width())>(f.currency.size()));
  if (!f.compute_format.empty())
    os << ' ', os.write(f.compute_format.data(), static_cast<decltype(os.width())>(f.compute_format.size()));
  return os;
}

}  // namespace aiscale
