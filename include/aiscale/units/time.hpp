// Time: the second and the units people count AI infrastructure in, up to the Julian year
// (365.25 days, 8766 h), the year of astronomy and of "TWh per year".
#pragma once

#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"

namespace aiscale {

inline constexpr base_unit_t<"time", "s"> s{};
inline constexpr auto ms = milli(s);
inline constexpr auto us = micro(s);
inline constexpr auto ns = nano(s);
inline constexpr auto minute = named<"min">(mag<60> * s);
inline constexpr auto h = named<"h">(mag<60> * minute);
inline constexpr auto day = named<"d">(mag<24> * h);
inline constexpr auto week = named<"wk">(mag<7> * day);
inline constexpr auto year = named<"yr">(mag<1461, 4> * day);

}  // namespace aiscale
