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
// A figure as format() writes a quantity of its kind, with 15 significant digits (every decimal a
// text can hold in a double): "12 GW", "USD 3.5 billion", "30%".
constexpr formatted_text format_figure(const figure& f) {
  unit_info info;
  info.kind = f.kind;
  info.known = f.kind != figure_kind::h100_equivalents;
  info.currency = f.currency;
  info.format = f.compute_format;
  info.percent = f.kind == figure_kind::number && f.unit_scale == m_percent;
  const double in_base = f.kind == figure_kind::data ? 8 : 1;  // format() takes data in bits
  formatted_text out;
  format_value(out, f.value * in_base, f.upper * in_base, f.is_range(), info, "", f.language, {.digits = 15});
  if (f.kind == figure_kind::h100_equivalents) out.append(" H100e");
  return out;
}
}  // namespace detail::text

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const figure& f) {
  const formatted_text t = detail::text::format_figure(f);
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
