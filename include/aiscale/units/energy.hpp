// Energy and power. The watt is a joule per second: power times time is energy, and energy per
// time is power, so "TWh per year" is a power and "GW for a year" an energy.
#pragma once

#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

inline constexpr base_unit_t<"energy", "J"> J{};
inline constexpr auto kJ = kilo(J);
inline constexpr auto MJ = mega(J);
inline constexpr auto GJ = giga(J);
inline constexpr auto TJ = tera(J);
inline constexpr auto PJ = peta(J);

inline constexpr auto W = named<"W">(J / s);
inline constexpr auto kW = kilo(W);
inline constexpr auto MW = mega(W);
inline constexpr auto GW = giga(W);
inline constexpr auto TW = tera(W);

inline constexpr auto Wh = named<"Wh">(W * h);
inline constexpr auto kWh = kilo(Wh);
inline constexpr auto MWh = mega(Wh);
inline constexpr auto GWh = giga(Wh);
inline constexpr auto TWh = tera(Wh);
inline constexpr auto PWh = peta(Wh);

}  // namespace aiscale
