// Money: one dimension per currency, so dollars never meet euros without an exchange rate.
// Also brings the scale words (billion * usd) and exchange_rate, the only bridge.
#pragma once

#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/units/exchange_rate.hpp"
#include "aiscale/units/scale_words.hpp"

namespace aiscale {

// A currency by its ISO 4217 code; its own dimension: currency<"CHF"> for one the library lacks.
template <fixed_string Code>
inline constexpr auto currency = base_unit<fixed_string("money:") + Code, Code>;

inline constexpr auto usd = currency<"USD">;
inline constexpr auto eur = currency<"EUR">;
inline constexpr auto gbp = currency<"GBP">;
inline constexpr auto cny = currency<"CNY">;
inline constexpr auto jpy = currency<"JPY">;
inline constexpr auto chf = currency<"CHF">;

inline constexpr auto us_cent = named<"US cent">(mag<1, 100> * usd);

}  // namespace aiscale
