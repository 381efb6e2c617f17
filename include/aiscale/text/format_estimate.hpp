// format(estimate, lang): a range of the model layer written as a language writes ranges,
// "USD 25–30 billion", "4 bis 5 Millionen GPUs". Bridges text/ and model/, so it lives apart.
#pragma once

#include "aiscale/model/estimate.hpp"
#include "aiscale/text/format.hpp"

namespace aiscale {

// An estimate's low and high ends (its central value is not printed: a range is what was stated).
template <quantity_type Q>
constexpr formatted_text format(const estimate<Q>& e, lang language, format_options o = {}) {
  return format_range(e.low(), e.high(), language, o);
}

}  // namespace aiscale
