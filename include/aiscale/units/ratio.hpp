// Dimensionless ratios: percent and friends. A PUE of 1.56 or a utilisation of 40 % is a
// dimensionless quantity; `one` is the unit of plain factors.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr struct percent final : decltype(named<"%">(mag<1, 100>)) {
} percent{};
inline constexpr struct permille final : decltype(named<"\u2030">(mag<1, 1000>)) {
} permille{};
inline constexpr struct ppm final : decltype(named<"ppm">(mag<1, 1000000>)) { } ppm{}; }  // namespace aiscale
