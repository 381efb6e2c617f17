// Packaging units of the catalogue: servers, superchips and racks, with the figures their vendors
// publish for the package as a whole. Per-package quantities: 10 * gb200_nvl72.max_power().
#pragma once

#include <string_view>

#include "aiscale/catalog/accelerators.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/units/devices.hpp"

namespace aiscale::catalog {

// Vera Rubin NVL144: "144" counts GPU dies; the rack holds 72 GPU packages, so 72 gpu.
inline constexpr auto vr_nvl144_rack = named<"VR NVL144">(mag<72> * gpu);

struct package_defaults {
  static constexpr format_peak peaks[] = {{"", not_published, not_published}};
  static constexpr figure max_power = not_published;  // kW per package
  static constexpr price_range price = no_price;      // USD per package
};

// DGX H100: 8 H100 SXM5 and up to 10.2 kW for the system (1.275 kW per GPU at the server).
struct dgx_h100_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA DGX H100";
  static constexpr std::string_view source = "NVIDIA DGX H100 datasheet (2023)";
  using device_spec = h100_sxm_spec;
  static constexpr auto unit = hgx_server;
  static constexpr figure max_power = published(10.2);
};
inline constexpr package<dgx_h100_spec> dgx_h100{};

// GB200 superchip: one Grace CPU and two Blackwell GPUs.
struct gb200_superchip_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA GB200 superchip";
  static constexpr std::string_view source = "NVIDIA GB200 NVL72 product page (2024)";
  using device_spec = gb200_spec;
  static constexpr auto unit = superchip;
};
inline constexpr package<gb200_superchip_spec> gb200_superchip{};

// GB200 NVL72: 36 superchips = 72 GPUs, about 120 kW a rack (the GPUs alone 86.4 kW).
struct gb200_nvl72_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA GB200 NVL72";
  static constexpr std::string_view source = "NVIDIA GB200 NVL72 product page (2024); price: analyst estimates (2025)";
  using device_spec = gb200_spec;
  static constexpr auto unit = nvl72_rack;
  // PFLOP/s per rack, dense.
  static constexpr format_peak peaks[] = {{"FP4", published(720), not_published},
                                          {"BF16", published(180), not_published}};
  static constexpr figure max_power = published(120);
  static constexpr price_range price =
      usd_range(2'000'000, 3'100'000, 3'000'000, "analyst estimates USD 2-3.1 million, about 3 million (2025)");
};
inline constexpr package<gb200_nvl72_spec> gb200_nvl72{};

// GB300 NVL72: 72 Blackwell Ultra GPUs (the GPUs alone 100.8 kW; no rack figure published).
struct gb300_nvl72_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA GB300 NVL72";
  static constexpr std::string_view source = "NVIDIA GB300 NVL72 product page (2025); price: low-confidence estimate";
  using device_spec = gb300_spec;
  static constexpr auto unit = nvl72_rack;
  static constexpr format_peak peaks[] = {{"FP4", published(1080), not_published}};
  static constexpr price_range price =
      usd_range(3'000'000, 4'000'000, "low-confidence estimate USD 3-4 million (2025)");
};
inline constexpr package<gb300_nvl72_spec> gb300_nvl72{};

// Vera Rubin NVL144 (announced 2025): 72 Rubin packages; FP4 is the inference figure, FP8 training.
struct vr_nvl144_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA Vera Rubin NVL144";
  static constexpr std::string_view source = "NVIDIA GTC 2025 Vera Rubin NVL144 announcement";
  using device_spec = rubin_spec;
  static constexpr auto unit = vr_nvl144_rack;
  static constexpr format_peak peaks[] = {{"FP4", published(3600), not_published},
                                          {"FP8", published(1200), not_published}};
};
inline constexpr package<vr_nvl144_spec> vr_nvl144{};

}  // namespace aiscale::catalog
