// Dimensionless ratios: percent and friends. A PUE of 1.56 or a utilisation of 40 % is a
// dimensionless quantity; `one` is the unit of plain factors.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr auto percent = named<"%">(mag<1, 100>);
inline constexpr auto permille = named<"\u2030">(mag<1, 1000>);
inline constexpr auto ppm = named<"ppm">(mag<1, 1000000>);

}  // namespace aiscale
