// Accelerator counts. `gpu` is the unit of the accelerator-count dimension; servers, superchips
// and racks are larger units of the same dimension, so 2 * nvl72_rack == 144 * gpu.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr struct gpu final : base_unit_t<"accelerator", "GPU"> {
} gpu{};

// Packaging common across vendors' current systems; product-specific ones live in catalog/.
inline constexpr struct superchip final : decltype(named<"superchip">(mag<2> * gpu)) {
} superchip{};  // 1 CPU + 2 GPUs (GB200, GB300)
inline constexpr struct hgx_server final : decltype(named<"HGX">(mag<8> * gpu)) {
} hgx_server{};  // HGX/DGX: 8 GPUs per server
inline constexpr struct nvl72_rack final : decltype(named<"NVL72">(mag<72> * gpu)) {
} nvl72_rack{};  // 36 superchips = 72 GPUs

}  // namespace aiscale
