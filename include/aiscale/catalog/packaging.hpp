// Packaging units of the catalogue: servers, superchips and racks, with the figures their vendors
// publish for the package as a whole. Per-package quantities: 10 * gb200_nvl72.max_power().
#pragma once

#include <string_view>
#include <tuple>

#include "aiscale/catalog/accelerators.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/units/devices.hpp"

namespace aiscale::catalog {

struct package_defaults {
  static constexpr provenance kind = provenance::datasheet;
  static constexpr format_peak peaks[] = {{"", not_published, not_published}};
  static constexpr figure max_power = not_published;  // kW per package
  static constexpr price_range price = no_price;      // USD per package
};

// DGX H100: 8 H100 SXM5 and up to 10.2 kW for the system (1.275 kW per GPU at the server).
struct dgx_h100_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA DGX H100";
  static constexpr std::string_view source = "NVIDIA DGX H100 datasheet (2023): system power usage ~10.2 kW max";
  static constexpr date as_of{2023};
  using device_spec = h100_sxm_spec;
  static constexpr auto unit = hgx_server;
  static constexpr figure max_power = published(10.2);
};
inline constexpr package<dgx_h100_spec> dgx_h100{};

// DGX H200: 8 H200 SXM in the DGX H100's chassis, at the same system power.
struct dgx_h200_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA DGX H200";
  static constexpr std::string_view source = "NVIDIA DGX H200 datasheet (2024): system power usage ~10.2 kW max";
  static constexpr date as_of{2024};
  using device_spec = h200_sxm_spec;
  static constexpr auto unit = hgx_server;
  static constexpr figure max_power = published(10.2);
};
inline constexpr package<dgx_h200_spec> dgx_h200{};

// DGX B200: 8 B200 and about 14.3 kW for the system (1.79 kW per GPU at the server).
struct dgx_b200_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA DGX B200";
  static constexpr std::string_view source = "NVIDIA DGX B200 datasheet (2024): system power usage ~14.3 kW max";
  static constexpr date as_of{2024, 3};
  using device_spec = b200_spec;
  static constexpr auto unit = hgx_server;
  static constexpr figure max_power = published(14.3);
};
inline constexpr package<dgx_b200_spec> dgx_b200{};

// GB200 superchip: one Grace CPU and two Blackwell GPUs.
struct gb200_superchip_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA GB200 superchip";
  static constexpr std::string_view source = "NVIDIA GB200 NVL72 product page (2024)";
  static constexpr date as_of{2024, 3};
  using device_spec = gb200_spec;
  static constexpr auto unit = superchip;
};
inline constexpr package<gb200_superchip_spec> gb200_superchip{};

// GB200 NVL72: 36 superchips = 72 GPUs, about 120 kW a rack (the GPUs alone 86.4 kW).
struct gb200_nvl72_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA GB200 NVL72";
  static constexpr std::string_view source =
      "NVIDIA GB200 NVL72 product page (2024); rack power: about 120 kW as reported at launch (120-132 kW by "
      "configuration); price: analyst estimates (2025)";
  static constexpr date as_of{2024, 3};
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
  static constexpr date as_of{2025, 3};
  using device_spec = gb300_spec;
  static constexpr auto unit = nvl72_rack;
  // PFLOP/s per rack, dense.
  static constexpr format_peak peaks[] = {{"FP4", published(1080), not_published},
                                          {"FP64", published(0.1), not_published}};
  static constexpr price_range price =
      usd_range(3'000'000, 4'000'000, "low-confidence estimate USD 3-4 million (2025)");
};
inline constexpr package<gb300_nvl72_spec> gb300_nvl72{};

// Vera Rubin NVL72 (announced at CES 2026; called NVL144 in 2025, counting GPU dies): 72 Rubin
// packages and 36 Vera CPUs. The rack's 3.6 EF NVFP4 "inference" figure is not stored: it is not
// the same kind as the per-GPU FP4 figure (see rubin_spec). 72 x 35 PF = 2.52 EF, which NVIDIA
// rounds to 2.5 EF; the catalogue stores NVIDIA's figure and the tests allow that rounding.
struct vr_nvl72_spec : package_defaults {
  static constexpr std::string_view name = "NVIDIA Vera Rubin NVL72";
  static constexpr std::string_view source =
      "NVIDIA technical blog \"Inside the NVIDIA Rubin Platform: Six New Chips, One AI Supercomputer\" (January 2026)";
  static constexpr date as_of{2026, 1};
  static constexpr provenance kind = provenance::announced;
  using device_spec = rubin_spec;
  static constexpr auto unit = nvl72_rack;
  // PFLOP/s per rack: NVFP4 training and FP8.
  static constexpr format_peak peaks[] = {{"FP4", published(2500), not_published},
                                          {"FP8", published(1260), not_published}};
};
inline constexpr package<vr_nvl72_spec> vr_nvl72{};

// Every package, for code (and the documentation test) that visits them all with std::apply. Its type
// is written out rather than deduced, as all_accelerators's is (compile time).
inline constexpr std::tuple<package<dgx_h100_spec>, package<dgx_h200_spec>, package<dgx_b200_spec>,
                            package<gb200_superchip_spec>, package<gb200_nvl72_spec>, package<gb300_nvl72_spec>,
                            package<vr_nvl72_spec>>
    all_packages{};

// The system level of power: the server or rack that the catalogue takes as an accelerator's
// deployed form, where its vendor publishes the system's power. system_of<Spec>::package names it.
template <class Spec>
struct system_of {};
template <>
struct system_of<h100_sxm_spec> {
  static constexpr auto package = dgx_h100;
};
template <>
struct system_of<h200_sxm_spec> {
  static constexpr auto package = dgx_h200;
};
template <>
struct system_of<b200_spec> {
  static constexpr auto package = dgx_b200;
};
template <>
struct system_of<gb200_spec> {
  static constexpr auto package = gb200_nvl72;
};

// Whether the catalogue has a system power for an accelerator.
template <class Spec>
concept system_power_published = requires {
  system_of<Spec>::package.max_power();
};

// Power per GPU at the system level: the server's or rack's power over its GPUs (CPUs, switches,
// NICs and fans included), before the facility's PUE. system_power(h100_sxm) is 1.275 kW/GPU.
template <class Spec>
requires system_power_published<Spec> AISCALE_HOST_DEVICE constexpr auto system_power(accelerator<Spec>) {
  constexpr auto system = system_of<Spec>::package;
  return (1 * system.unit * system.max_power()) / system.gpus();
}
// The system and its source, to say where a system-level figure comes from.
template <class Spec>
requires system_power_published<Spec> AISCALE_HOST_DEVICE constexpr std::string_view system_source(accelerator<Spec>) {
  return system_of<Spec>::package.source();
}

}  // namespace aiscale::catalog
