// Field-by-field comparison of two parse results of one text, and a readable dump of a result: shared by
// the differential test of parse() against parse_general() (fast_path_test.cpp) and its fuzz target.
#pragma once

#include <aiscale/text/parse.hpp>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace aiscale_test {

namespace ai = aiscale;

// Bitwise, so that -0.0 and 0.0 differ; any two NaNs agree.
constexpr bool same_double(double a, double b) {
  if (a != a && b != b) return true;  // NOLINT(misc-redundant-expression): NaN test that constant evaluation allows
  return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

constexpr bool same_decimal(const ai::detail::text::decimal& a, const ai::detail::text::decimal& b) {
  return a.mantissa == b.mantissa && a.exp10 == b.exp10 && a.negative == b.negative;
}

// The views scale_word and unit_text are cut from the text: a non-empty one must be the same bytes at
// the same place. (An empty view's pointer says nothing, so only its emptiness is compared.)
constexpr bool same_view_into_text(std::string_view a, std::string_view b) {
  return a == b && (a.empty() || a.data() == b.data());
}

// The name of the first field in which two results of one text differ, or nullptr when they agree. On
// an error only the error counts: the figure behind it is not part of the answer.
constexpr const char* first_difference(const ai::parse_result<ai::figure>& a, const ai::parse_result<ai::figure>& b) {
  if (a.has_value() != b.has_value()) return "has_value";
  if (!a.has_value()) {
    if (a.error().code != b.error().code) return "error().code";
    if (a.error().offset != b.error().offset) return "error().offset";
    return nullptr;
  }
  const ai::figure& x = *a;
  const ai::figure& y = *b;
  if (!same_double(x.value, y.value)) return "value";
  if (!same_double(x.upper, y.upper)) return "upper";
  if (x.kind != y.kind) return "kind";
  if (x.currency != y.currency) return "currency";
  if (x.compute_format != y.compute_format) return "compute_format";
  if (!same_view_into_text(x.scale_word, y.scale_word)) return "scale_word";
  if (!same_view_into_text(x.unit_text, y.unit_text)) return "unit_text";
  if (x.begin != y.begin) return "begin";
  if (x.end != y.end) return "end";
  if (x.language != y.language) return "language";
  if (!same_decimal(x.low, y.low)) return "low";
  if (!same_decimal(x.high, y.high)) return "high";
  if (!(x.unit_scale == y.unit_scale)) return "unit_scale";
  return nullptr;
}

// Whether a view of a figure lies inside the text it was read from (run time only: it orders pointers
// that may belong to different objects, which std::less allows).
inline bool inside(std::string_view text, std::string_view part) {
  if (part.empty()) return true;
  const std::less<const char*> before;
  return !before(part.data(), text.data()) && !before(text.data() + text.size(), part.data() + part.size());
}

// The text as a C++ string literal would write it: printable ASCII as is, everything else as \xNN
// (with the literal closed and reopened where a hex digit follows, which the escape would swallow).
inline std::string escaped(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out = "\"";
  bool after_hex = false;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b >= 0x7f) {
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 15];
      after_hex = true;
      continue;
    }
    const bool hex_digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (after_hex && hex_digit) out += "\" \"";
    if (c == '"' || c == '\\') out += '\\';
    out += c;
    after_hex = false;
  }
  return out + "\"";
}

inline std::string number_text(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

inline std::string view_text(std::string_view text, std::string_view part) {
  std::string out = escaped(part);
  if (!part.empty()) {
    if (inside(text, part))
      out += "@" + std::to_string(static_cast<std::size_t>(part.data() - text.data()));
    else
      out += "@(outside the text)";
  }
  return out;
}

inline std::string decimal_text(const ai::detail::text::decimal& d) {
  return std::string(d.negative ? "-" : "") + std::to_string(d.mantissa) + "e" + std::to_string(d.exp10);
}

// Every field of a result, on one line.
inline std::string describe(std::string_view text, const ai::parse_result<ai::figure>& r) {
  if (!r) {
    return "error " + std::string(ai::message_of(r.error().code)) + " (code " +
           std::to_string(static_cast<int>(r.error().code)) + ") at " + std::to_string(r.error().offset);
  }
  const ai::figure& f = *r;
  const ai::magnitude& m = f.unit_scale;
  return "value " + number_text(f.value) + ", upper " + number_text(f.upper) + ", kind " +
         std::string(ai::name_of(f.kind)) + ", currency " + escaped(f.currency) + ", format " +
         escaped(f.compute_format) + ", scale_word " + view_text(text, f.scale_word) + ", unit_text " +
         view_text(text, f.unit_text) + ", span [" + std::to_string(f.begin) + ", " + std::to_string(f.end) +
         "), language " + std::string(ai::code_of(f.language)) + ", low " + decimal_text(f.low) + ", high " +
         decimal_text(f.high) + ", unit_scale " + std::to_string(m.num) + "/" + std::to_string(m.den) + "*2^" +
         std::to_string(m.exp2) + "*5^" + std::to_string(m.exp5);
}

// The report of a difference: the text, the language, the field and both results.
inline std::string difference_report(std::string_view text, ai::lang l, const char* field,
                                     const ai::parse_result<ai::figure>& fast,
                                     const ai::parse_result<ai::figure>& general) {
  return "parse and parse_general differ in " + std::string(field) + " for " + escaped(text) +
         " in lang::" + std::string(ai::code_of(l)) + "\n  parse:         " + describe(text, fast) +
         "\n  parse_general: " + describe(text, general);
}

}  // namespace aiscale_test
