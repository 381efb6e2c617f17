// figure: what parse() reads from a phrase: a value (or a low/high pair), its kind of quantity,
// currency or numeric format, the scale word used and the span of text it came from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/core/magnitude.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale {

// The kinds of quantity the text layer knows, each with the unit figure::value is in.
enum class figure_kind : std::uint8_t {
  number,            // dimensionless, in ones (30 % is 0.3)
  power,             // W
  energy,            // J
  money,             // one unit of figure::currency
  compute_work,      // FLOP of figure::compute_format
  compute_rate,      // FLOP/s of figure::compute_format
  gpus,              // accelerators (GPU)
  h100_equivalents,  // H100-equivalents: a compute rate the catalogue defines; value is the count
  data,              // bytes
  time,              // seconds
  // Figures per unit of something, each its own kind so that code switching on the kinds above
  // never takes "$0.078/kWh" for an amount of money (vocabulary.hpp's per_kinds pairs them):
  price_per_energy,    // figure::currency per J: "$0.078/kWh", "8 cents per kWh"
  money_per_power,     // figure::currency per W: "USD 50 billion per gigawatt"
  money_per_device,    // figure::currency per accelerator: "USD 30,000 per GPU"
  money_per_time,      // figure::currency per second: "USD 199 million a year"
  power_per_device,    // W per accelerator: "750 W per GPU", "1,2 kW/GPU"
  energy_per_time,     // J per second, an average power: "105 TWh/year", "105 TWh par an"
  data_rate,           // bytes per second: "3.35 TB/s"
  compute_per_device,  // FLOP/s of figure::compute_format per accelerator: "989 TFLOP/s per GPU"
};

constexpr std::string_view name_of(figure_kind k) {
  constexpr std::string_view names[] = {"number",
                                        "power",
                                        "energy",
                                        "money",
                                        "compute work",
                                        "compute rate",
                                        "GPUs",
                                        "H100 equivalents",
                                        "data",
                                        "time",
                                        "price per energy",
                                        "money per power",
                                        "money per device",
                                        "money per time",
                                        "power per device",
                                        "energy per time",
                                        "data rate",
                                        "compute per device"};
  const auto at = static_cast<std::uint8_t>(k);
  return at < sizeof names / sizeof names[0] ? names[at] : "unknown";  // a value cast from an integer may be no kind
}

namespace detail::text {
// An exact decimal as read: mantissa * 10^exp10 (the scale word's power folded in).
struct decimal {
  std::uint64_t mantissa = 0;
  std::int32_t exp10 = 0;
  bool negative = false;
};
}  // namespace detail::text

struct figure {
  double value = 0;  // the number (the low end of a range) in the kind's unit, see figure_kind
  double upper = 0;  // the high end of a range; equal to value otherwise
  figure_kind kind = figure_kind::number;
  std::string_view currency;        // ISO code for money ("USD"), else empty
  std::string_view compute_format;  // "BF16", "FP8 sparse" ...; empty when the text does not say
  std::string_view scale_word;      // the scale word as written ("Mrd.", "mil millones"), or empty
  std::string_view unit_text;       // the unit or currency as written after the number, or empty
  std::size_t begin = 0;            // the span read: text.substr(begin, end - begin)
  std::size_t end = 0;
  lang language = lang::guess;  // the language it was read in; guess when all languages agree

  // Exact form, for conversion without double rounding: low/high decimal times unit_scale gives
  // the value in the base unit of the kind's dimension (bit for data, J for energy ...).
  detail::text::decimal low{}, high{};
  magnitude unit_scale{};

  constexpr bool is_range() const {
    return low.mantissa != high.mantissa || low.exp10 != high.exp10 || low.negative != high.negative;
  }
  constexpr std::string_view span_in(std::string_view text) const { return text.substr(begin, end - begin); }
};

}  // namespace aiscale
