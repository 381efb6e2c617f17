// The accelerator catalogue: datasheet figures of real accelerators, per GPU, each with the vendor
// document it comes from. A figure the vendor does not publish is absent, never zero.
#pragma once

#include <string_view>

#include "aiscale/catalog/accelerator.hpp"

namespace aiscale::catalog {

// What a spec leaves out is not published: no FP64 tensor-core figure, no power, no price.
struct spec_defaults {
  static constexpr figure fp64_tensor = not_published;
  static constexpr figure max_power = not_published;
  static constexpr figure analyst_power = not_published;
  static constexpr price_range price = no_price;
};

// NVIDIA A100 SXM 80GB.
struct a100_sxm_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA A100 SXM 80GB";
  static constexpr std::string_view source = "NVIDIA A100 Tensor Core GPU datasheet (2021), A100 80GB SXM column";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(9.7), not_published},  {"FP32", published(19.5), not_published},
      {"TF32", published(156), published(312)}, {"BF16", published(312), published(624)},
      {"FP16", published(312), published(624)},
  };
  static constexpr figure fp64_tensor = published(19.5);
  static constexpr figure max_power = published(400);  // W per GPU
  static constexpr double memory_gb = 80;
  static constexpr double bandwidth_gb_s = 2039;
};
inline constexpr accelerator<a100_sxm_spec> a100_sxm{};

// NVIDIA H100 SXM5.
struct h100_sxm_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA H100 SXM5";
  static constexpr std::string_view source = "NVIDIA H100 Tensor Core GPU datasheet (2023), H100 SXM column";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(34), not_published},     {"FP32", published(67), not_published},
      {"TF32", published(494.5), published(989)}, {"BF16", published(989), published(1979)},
      {"FP16", published(989), published(1979)},  {"FP8", published(1979), published(3958)},
  };
  static constexpr figure fp64_tensor = published(67);
  static constexpr figure max_power = published(700);  // W per GPU
  static constexpr double memory_gb = 80;
  static constexpr double bandwidth_gb_s = 3350;
  static constexpr price_range price = usd_range(25'000, 30'000, "analyst estimates, 2023");
};
inline constexpr accelerator<h100_sxm_spec> h100_sxm{};

// NVIDIA H100 PCIe.
struct h100_pcie_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA H100 PCIe";
  static constexpr std::string_view source = "NVIDIA H100 PCIe product brief PB-11133";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(26), not_published},    {"FP32", published(51), not_published},
      {"TF32", published(378), published(756)},  {"BF16", published(756), published(1513)},
      {"FP16", published(756), published(1513)}, {"FP8", published(1513), published(3026)},
  };
  static constexpr figure fp64_tensor = published(51);
  static constexpr figure max_power = published(350);  // W per GPU
  static constexpr double memory_gb = 80;
  static constexpr double bandwidth_gb_s = 2000;
};
inline constexpr accelerator<h100_pcie_spec> h100_pcie{};

// NVIDIA H200 SXM.
struct h200_sxm_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA H200 SXM";
  static constexpr std::string_view source = "NVIDIA H200 Tensor Core GPU datasheet (2024), H200 SXM column";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(34), not_published},     {"FP32", published(67), not_published},
      {"TF32", published(494.5), published(989)}, {"BF16", published(989), published(1979)},
      {"FP16", published(989), published(1979)},  {"FP8", published(1979), published(3958)},
  };
  static constexpr figure fp64_tensor = published(67);
  static constexpr figure max_power = published(700);  // W per GPU
  static constexpr double memory_gb = 141;
  static constexpr double bandwidth_gb_s = 4800;
};
inline constexpr accelerator<h200_sxm_spec> h200_sxm{};

// NVIDIA B200 (HGX B200).
struct b200_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA B200 (HGX B200)";
  static constexpr std::string_view source = "NVIDIA HGX B200 / Blackwell datasheet (2024), per-GPU figures";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(37), not_published},     {"FP32", published(75), not_published},
      {"TF32", published(1100), published(2200)}, {"BF16", published(2250), published(4500)},
      {"FP16", published(2250), published(4500)}, {"FP8", published(4500), published(9000)},
      {"FP4", published(9000), published(18000)},
  };
  static constexpr figure fp64_tensor = published(37);
  static constexpr figure max_power = published(1000);  // W per GPU
  static constexpr double memory_gb = 180;
  static constexpr double bandwidth_gb_s = 7700;
  static constexpr price_range price = usd_range(30'000, 40'000, "NVIDIA CEO on Blackwell GPU prices, 2024");
};
inline constexpr accelerator<b200_spec> b200{};

// NVIDIA GB200 (one GPU of an NVL72).
struct gb200_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA GB200 (one GPU of an NVL72)";
  static constexpr std::string_view source = "NVIDIA GB200 NVL72 product page (2024), figures divided by 72 GPUs";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(40), not_published},      {"FP32", published(80), not_published},
      {"TF32", published(1250), published(2500)},  {"BF16", published(2500), published(5000)},
      {"FP16", published(2500), published(5000)},  {"FP8", published(5000), published(10000)},
      {"FP4", published(10000), published(20000)},
  };
  static constexpr figure fp64_tensor = published(40);
  static constexpr figure max_power = published(1200);  // W per GPU
  static constexpr double memory_gb = 186;
  static constexpr double bandwidth_gb_s = 8000;
  static constexpr price_range price = usd_range(30'000, 40'000, "NVIDIA CEO on Blackwell GPU prices, 2024");
};
inline constexpr accelerator<gb200_spec> gb200{};

// NVIDIA GB300 (one GPU of an NVL72).
struct gb300_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA GB300 (one GPU of an NVL72)";
  static constexpr std::string_view source =
      "NVIDIA GB300 NVL72 / Blackwell Ultra product page (2025), figures divided by 72 GPUs";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(1.3), not_published},     {"FP32", published(80), not_published},
      {"TF32", published(1250), published(2500)},  {"BF16", published(2500), published(5000)},
      {"FP16", published(2500), published(5000)},  {"FP8", published(5000), published(10000)},
      {"FP4", published(15000), published(20000)},
  };
  static constexpr figure fp64_tensor = published(1.3);
  static constexpr figure max_power = published(1400);  // W per GPU
  static constexpr double memory_gb = 279;
  static constexpr double bandwidth_gb_s = 8000;
  static constexpr price_range price = usd_range(
      3e6 / 72, 4e6 / 72, "GB300 NVL72 rack at USD 3-4 million (low-confidence estimate, 2025) over its 72 GPUs");
};
inline constexpr accelerator<gb300_spec> gb300{};

// NVIDIA Rubin (announced, figures uncertain).
struct rubin_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA Rubin (announced, figures uncertain)";
  static constexpr std::string_view source = "NVIDIA GTC 2025 Vera Rubin announcement; FP4 is the training figure";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP32", published(130), not_published},  {"TF32", published(2000), not_published},
      {"BF16", published(4000), not_published}, {"FP16", published(4000), not_published},
      {"FP4", published(35000), not_published},
  };
  // Not a vendor figure: an analyst's estimate, so max_power() refuses and this stays apart.
  static constexpr figure analyst_power = published(1800);  // W per GPU
  static constexpr double memory_gb = 288;
  static constexpr double bandwidth_gb_s = 22000;
};
inline constexpr accelerator<rubin_spec> rubin{};

// AMD Instinct MI300X.
struct mi300x_spec : spec_defaults {
  static constexpr std::string_view name = "AMD Instinct MI300X";
  static constexpr std::string_view source = "AMD Instinct MI300X product page and CDNA 3 white paper (2023)";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(81.7), not_published},    {"FP32", published(163.4), not_published},
      {"TF32", published(653.7), published(1307)}, {"BF16", published(1307), published(2615)},
      {"FP16", published(1307), published(2615)},  {"FP8", published(2615), published(5230)},
  };
  static constexpr figure fp64_tensor = published(163.4);
  static constexpr figure max_power = published(750);  // W per GPU
  static constexpr double memory_gb = 192;
  static constexpr double bandwidth_gb_s = 5300;
};
inline constexpr accelerator<mi300x_spec> mi300x{};

// Google TPU v5p.
struct tpu_v5p_spec : spec_defaults {
  static constexpr std::string_view name = "Google TPU v5p";
  static constexpr std::string_view source = "Google Cloud TPU v5p documentation (2024)";
  // TFLOP/s per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"BF16", published(459), not_published},
      {"FP16", published(459), not_published},
      {"INT8", published(918), not_published},
  };
  static constexpr double memory_gb = 95;
  static constexpr double bandwidth_gb_s = 2765;
};
inline constexpr accelerator<tpu_v5p_spec> tpu_v5p{};

}  // namespace aiscale::catalog
