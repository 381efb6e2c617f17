// The derived units people write about AI infrastructure: W/GPU, USD/kWh, GPU-hours, USD per
// GPU-hour, FLOP per joule, bytes per second. Each is the equation that defines it.
#pragma once

#include "aiscale/units/compute.hpp"
#include "aiscale/units/data.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

inline constexpr auto W_per_gpu = W / gpu;
inline constexpr auto kW_per_gpu = kW / gpu;
inline constexpr auto usd_per_gpu = usd / gpu;
inline constexpr auto usd_per_kWh = usd / kWh;
inline constexpr auto usd_per_MWh = usd / MWh;
inline constexpr auto usd_per_year = usd / year;
inline constexpr auto gpu_hour = named<"GPU-h">(gpu * h);
inline constexpr auto usd_per_gpu_hour = usd / gpu_hour;
inline constexpr auto flop_per_joule = flop / J;
inline constexpr auto bytes_per_second = byte / s;
inline constexpr auto GB_per_s = GB / s;
inline constexpr auto TB_per_s = TB / s;

}  // namespace aiscale
