// The scale words of news figures as dimensionless units (short scale, as in English):
// 3 * trillion * usd is a quantity, billion * usd a unit. Which word means what in another
// language (a German "Billion" is a trillion) is the text layer's business.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr auto thousand = scale_word<"thousand">(mag<1000>);
inline constexpr auto million = scale_word<"million">(mag<1000000>);
inline constexpr auto billion = scale_word<"billion">(mag<1000000000>);
inline constexpr auto trillion = scale_word<"trillion">(mag<1000000000000>);
inline constexpr auto quadrillion = scale_word<"quadrillion">(mag<1000000000000000>);

}  // namespace aiscale
