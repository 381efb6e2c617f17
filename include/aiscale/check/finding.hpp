// finding: one relation of figures that check() found in a text, with what it implies, the
// reference it was judged against, the verdict and the likely cause; and how its numbers are written.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "aiscale/check/judge.hpp"
#include "aiscale/check/segment.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/result.hpp"

namespace aiscale {

// The relations check() knows: what one figure is per another, or a share of a reference.
enum class relation : std::uint8_t {
  cost_per_gpu,       // money / accelerators: USD per GPU
  power_per_gpu,      // power (or a year's energy) / accelerators: W per GPU
  compute_per_gpu,    // compute rate / accelerators: FLOP/s per GPU
  cost_per_power,     // money / power: USD per GW
  country_share,      // power / a country's consumption, against the percentage the text gives
  electricity_price,  // a price per kWh the text gives
  project_figure,     // a sum or a count in a sentence that names a project of the reference figures
};

constexpr std::string_view name_of(relation r) {
  switch (r) {
    case relation::cost_per_gpu:
      return "cost per GPU";
    case relation::power_per_gpu:
      return "power per GPU";
    case relation::compute_per_gpu:
      return "compute per GPU";
    case relation::cost_per_power:
      return "cost per GW";
    case relation::country_share:
      return "share of a country's electricity";
    case relation::electricity_price:
      return "electricity price";
    case relation::project_figure:
      return "a named project's figure";
  }
  return "unknown";
}

struct finding {
  relation kind = relation::cost_per_gpu;
  std::vector<figure> figures;       // the figures related; begin/end are offsets in the whole text
  std::vector<text_span> sentences;  // the sentences that hold the figures, in text order
  std::size_t paragraph = 0;         // which paragraph (0-based)
  bool same_sentence = true;         // false: related across sentences of one paragraph
  std::string implied;               // "USD 30,000 per GPU"
  // The implied figure and the reference's range, in one unit (USD/GPU, W/GPU, FLOP/s per GPU,
  // USD/W, USD/kWh); for a country share, the text's percentage and the one the reference gives
  // (as ratios), so that implied_value / reference_range is always "what the text says / what the
  // data give".
  double implied_value = 0;
  value_range reference_range;
  std::string reference;  // what it was judged against, with its range
  std::string source;     // where the reference comes from
  verdict result = verdict::not_checkable;
  std::vector<slip> causes;  // the likely cause (two where it takes two), empty if none explains the gap
  std::string explanation;   // what the cause changes, in numbers
  std::vector<slip> tried;   // the causes that could apply here, each tried
  std::string note;          // what a reader needs to read the verdict right
};

struct check_result {
  std::vector<finding> findings;
  std::vector<parse_error> errors;  // figures that could not be read; offsets in the whole text
  std::size_t paragraphs = 0;
  std::size_t sentences = 0;
  std::size_t figures = 0;
};

// How the report writes a number: three significant digits, thousands separated by commas
// ("30,000", "3.64", "0.0781").
inline std::string number_text(double v) {
  if (!std::isfinite(v)) return v != v ? "NaN" : (v < 0 ? "-inf" : "inf");
  const double a = std::fabs(v);
  int decimals = 0;
  if (a > 0 && a < 100) decimals = 2 - static_cast<int>(std::floor(std::log10(a)));
  if (decimals > 12) decimals = 12;
  double rounded = v;  // from 1000 up, the digits past the third are zeros
  if (a >= 1000) {
    const double step = std::pow(10.0, std::floor(std::log10(a)) - 2);
    rounded = std::round(v / step) * step;
  }
  char buf[400];  // the largest double printed without exponent has 309 digits
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string out = buf;
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  const std::size_t digits_end = out.find('.') == std::string::npos ? out.size() : out.find('.');
  const std::size_t first = out[0] == '-' ? 1 : 0;
  for (std::size_t i = digits_end; i > first + 3; i -= 3) out.insert(i - 3, ",");
  return out;
}

// A sum of US dollars with a scale word: "USD 30,000", "USD 3.64 million", "USD 10 billion".
inline std::string usd_text(double v) {
  const double a = std::fabs(v);
  if (a >= 1e12) return "USD " + number_text(v / 1e12) + " trillion";
  if (a >= 1e9) return "USD " + number_text(v / 1e9) + " billion";
  if (a >= 1e6) return "USD " + number_text(v / 1e6) + " million";
  return "USD " + number_text(v);
}

// A value with an SI prefix of 1000s: si_text(7.5e10, "W") is "75 GW".
inline std::string si_text(double v, std::string_view unit) {
  static constexpr const char* prefixes[] = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
  std::size_t k = 0;
  double a = v;
  while (std::fabs(a) >= 1000 && k + 1 < std::size(prefixes)) a /= 1000, ++k;
  return number_text(a) + " " + prefixes[k] + std::string(unit);
}

namespace detail::check {
// Where the number of a written figure starts and ends: "USD 25,000" -> 4, 10.
inline std::pair<std::size_t, std::size_t> number_bounds(const std::string& s) {
  std::size_t b = 0;
  while (b < s.size() && !(s[b] >= '0' && s[b] <= '9') && s[b] != '-') ++b;
  std::size_t e = b;
  while (e < s.size() && ((s[e] >= '0' && s[e] <= '9') || s[e] == ',' || s[e] == '.' || s[e] == '-')) ++e;
  return {b, e};
}
}  // namespace detail::check

// A range written with one of the functions above: "USD 25,000-30,000" where both ends have the
// same words around their numbers, else "700 W to 1.2 kW".
template <class Write>
std::string range_text(value_range r, Write write) {
  std::string lo = write(r.low);
  const std::string hi = write(r.high);
  if (lo == hi) return lo;
  const auto [lb, le] = detail::check::number_bounds(lo);
  const auto [hb, he] = detail::check::number_bounds(hi);
  if (lo.substr(0, lb) == hi.substr(0, hb) && lo.substr(le) == hi.substr(he))
    return lo.substr(0, le) + "-" + hi.substr(hb);
  return lo + " to " + hi;
}

}  // namespace aiscale
