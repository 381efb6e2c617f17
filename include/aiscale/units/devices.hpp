// Accelerator counts. `gpu` is the unit of the accelerator-count dimension; servers, superchips
// and racks are larger units of the same dimension, so 2 * nvl72_rack == 144 * gpu.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr base_unit_t<"accelerator", "GPU"> gpu{};

// Packaging common across vendors' current systems; product-specific ones live in catalog/.
inline constexpr auto superchip = named<"superchip">(mag<2> * gpu);  // 1 CPU + 2 GPUs (GB200, GB300)
inline constexpr auto hgx_server = named<"HGX">(mag<8> * gpu);       // HGX/DGX: 8 GPUs per server
inline constexpr auto nvl72_rack = named<"NVL72">(mag<72> * gpu);    // 36 superchips = 72 GPUs

}  // namespace aiscale
