// User-defined literals for the units news figures use most: 75_GW, 750_W, 3_usd. Literals give
// double quantities, integer-looking or not: figures are measurements and estimates, and
// 750_W * 8_h should convert to kWh without a cast. Write 8 * gpu for an integer count.
#pragma once

#include "aiscale/core/quantity.hpp"
#include "aiscale/units/data.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/ratio.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {
inline namespace literals {

// The class is named through decltype, not the alias quantity<unit_object>: nvcc's host-code generator
// misspells the alias's argument (an object that shares its name with its class) in later headers.
#define AISCALE_DETAIL_LITERAL(suffix, unit_object)                                                    \
  AISCALE_HOST_DEVICE constexpr basic_quantity<std::remove_cvref_t<decltype(unit_object)>, double>     \
  operator""_##suffix(long double v) {                                                                 \
    return basic_quantity<std::remove_cvref_t<decltype(unit_object)>, double>(static_cast<double>(v)); \
  }                                                                                                    \
  AISCALE_HOST_DEVICE constexpr basic_quantity<std::remove_cvref_t<decltype(unit_object)>, double>     \
  operator""_##suffix(unsigned long long v) {                                                          \
    return basic_quantity<std::remove_cvref_t<decltype(unit_object)>, double>(static_cast<double>(v)); \
  }

AISCALE_DETAIL_LITERAL(W, W)
AISCALE_DETAIL_LITERAL(kW, kW)
AISCALE_DETAIL_LITERAL(MW, MW)
AISCALE_DETAIL_LITERAL(GW, GW)
AISCALE_DETAIL_LITERAL(TW, TW)
AISCALE_DETAIL_LITERAL(J, J)
AISCALE_DETAIL_LITERAL(Wh, Wh)
AISCALE_DETAIL_LITERAL(kWh, kWh)
AISCALE_DETAIL_LITERAL(MWh, MWh)
AISCALE_DETAIL_LITERAL(GWh, GWh)
AISCALE_DETAIL_LITERAL(TWh, TWh)
AISCALE_DETAIL_LITERAL(s, s)
AISCALE_DETAIL_LITERAL(min, minute)
AISCALE_DETAIL_LITERAL(h, h)
AISCALE_DETAIL_LITERAL(d, day)
AISCALE_DETAIL_LITERAL(yr, year)
AISCALE_DETAIL_LITERAL(usd, usd)
AISCALE_DETAIL_LITERAL(eur, eur)
AISCALE_DETAIL_LITERAL(gbp, gbp)
AISCALE_DETAIL_LITERAL(cny, cny)
AISCALE_DETAIL_LITERAL(jpy, jpy)
AISCALE_DETAIL_LITERAL(gpu, gpu)
AISCALE_DETAIL_LITERAL(B, byte)
AISCALE_DETAIL_LITERAL(GB, GB)
AISCALE_DETAIL_LITERAL(TB, TB)
AISCALE_DETAIL_LITERAL(pct, percent)

#undef AISCALE_DETAIL_LITERAL

}  // namespace literals
}  // namespace aiscale
