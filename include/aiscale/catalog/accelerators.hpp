// The accelerator catalogue: datasheet figures of real accelerators, per GPU, each with the vendor
// document it comes from. A figure the vendor does not publish is absent, never zero.
#pragma once

#include <string_view>
#include <tuple>

#include "aiscale/catalog/accelerator.hpp"

namespace aiscale::catalog {

// What a spec leaves out is not published: no FP64 tensor-core figure, no power, no price.
struct spec_defaults {
  static constexpr provenance kind = provenance::datasheet;
  static constexpr figure fp64_tensor = not_published;
  static constexpr figure max_power = not_published;
  static constexpr figure analyst_power = not_published;
  static constexpr price_range price = no_price;
};

// NVIDIA A100 SXM 80GB.
struct a100_sxm_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA A100 SXM 80GB";
  static constexpr std::string_view model = "A100";
  static constexpr std::string_view family = "Ampere";
  static constexpr std::string_view source = "NVIDIA A100 Tensor Core GPU datasheet (2021), A100 80GB SXM column";
  static constexpr date as_of{2021};
  // TFLOP/s (INT8: TOP/s) per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(9.7), not_published},  {"FP32", published(19.5), not_published},
      {"TF32", published(156), published(312)}, {"BF16", published(312), published(624)},
      {"FP16", published(312), published(624)}, {"INT8", published(624), published(1248)},
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
  static constexpr std::string_view model = "H100";
  static constexpr std::string_view family = "Hopper";
  static constexpr std::string_view source = "NVIDIA H100 Tensor Core GPU datasheet (2023), H100 SXM column";
  static constexpr date as_of{2023};
  // TFLOP/s (INT8: TOP/s) per GPU, dense and 2:4 sparse; NVIDIA prints the sparse figure, dense is half.
  static constexpr format_peak peaks[] = {
      {"FP64", published(34), not_published},     {"FP32", published(67), not_published},
      {"TF32", published(494.5), published(989)}, {"BF16", published(989), published(1979)},
      {"FP16", published(989), published(1979)},  {"FP8", published(1979), published(3958)},
      {"INT8", published(1979), published(3958)},
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
  static constexpr std::string_view model = "H100";
  static constexpr std::string_view family = "Hopper";
  static constexpr std::string_view source = "NVIDIA H100 PCIe product brief PB-11133 (2022)";
  static constexpr date as_of{2022, 11};
  // TFLOP/s (INT8: TOP/s) per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(26), not_published},     {"FP32", published(51), not_published},
      {"TF32", published(378), published(756)},   {"BF16", published(756), published(1513)},
      {"FP16", published(756), published(1513)},  {"FP8", published(1513), published(3026)},
      {"INT8", published(1513), published(3026)},
  };
  static constexpr figure fp64_tensor = published(51);
  static constexpr figure max_power = published(350);  // W per GPU
  static constexpr double memory_gb = 80;
  static constexpr double bandwidth_gb_s = 2000;
};
inline constexpr accelerator<h100_pcie_spec> h100_pcie{};

// NVIDIA H100 NVL: the PCIe card with 94 GB, sold in NVLink-bridged pairs.
struct h100_nvl_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA H100 NVL";
  static constexpr std::string_view model = "H100";
  static constexpr std::string_view family = "Hopper";
  static constexpr std::string_view source =
      "NVIDIA H100 product page (2023), H100 NVL column; nvidia.com/en-us/data-center/h100/";
  static constexpr date as_of{2023, 3};
  // NVIDIA prints the tensor figures with sparsity; dense is half, as for the SXM.
  static constexpr format_peak peaks[] = {
      {"FP64", published(30), not_published},       {"FP32", published(60), not_published},
      {"TF32", published(417.5), published(835)},   {"BF16", published(835.5), published(1671)},
      {"FP16", published(835.5), published(1671)},  {"FP8", published(1670.5), published(3341)},
      {"INT8", published(1670.5), published(3341)},
  };
  static constexpr figure fp64_tensor = published(60);
  static constexpr figure max_power = published(400);  // W per GPU: 350-400 W configurable, the top
  static constexpr double memory_gb = 94;
  static constexpr double bandwidth_gb_s = 3900;
};
inline constexpr accelerator<h100_nvl_spec> h100_nvl{};

// NVIDIA H200 SXM.
struct h200_sxm_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA H200 SXM";
  static constexpr std::string_view model = "H200";
  static constexpr std::string_view family = "Hopper";
  static constexpr std::string_view source = "NVIDIA H200 Tensor Core GPU datasheet (2024), H200 SXM column";
  static constexpr date as_of{2024};
  // The H100 SXM's GH100 at the same clocks: the same peaks (the datasheet prints the same figures).
  static constexpr const auto& peaks = h100_sxm_spec::peaks;
  static constexpr figure fp64_tensor = h100_sxm_spec::fp64_tensor;
  static constexpr figure max_power = published(700);  // W per GPU
  static constexpr double memory_gb = 141;
  static constexpr double bandwidth_gb_s = 4800;
};
inline constexpr accelerator<h200_sxm_spec> h200_sxm{};

// NVIDIA H200 NVL: the PCIe card of the H200.
struct h200_nvl_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA H200 NVL";
  static constexpr std::string_view model = "H200";
  static constexpr std::string_view family = "Hopper";
  static constexpr std::string_view source =
      "NVIDIA H200 product page (2024), H200 NVL column; nvidia.com/en-us/data-center/h200/";
  static constexpr date as_of{2024, 11};
  // The H100 NVL's peaks: the same GH100 (NVIDIA prints the same figures).
  static constexpr const auto& peaks = h100_nvl_spec::peaks;
  static constexpr figure fp64_tensor = h100_nvl_spec::fp64_tensor;
  static constexpr figure max_power = published(600);  // W per GPU: "up to 600 W", configurable
  static constexpr double memory_gb = 141;
  static constexpr double bandwidth_gb_s = 4800;
};
inline constexpr accelerator<h200_nvl_spec> h200_nvl{};

// NVIDIA B200 (HGX B200).
struct b200_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA B200 (HGX B200)";
  static constexpr std::string_view model = "B200";
  static constexpr std::string_view family = "Blackwell";
  static constexpr std::string_view source =
      "NVIDIA HGX B200 product page (2024), 8-GPU figures divided by 8; nvidia.com/en-us/data-center/hgx/";
  static constexpr date as_of{2024, 3};
  // TFLOP/s (INT8: TOP/s) per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(37), not_published},     {"FP32", published(75), not_published},
      {"TF32", published(1125), published(2250)}, {"BF16", published(2250), published(4500)},
      {"FP16", published(2250), published(4500)}, {"FP8", published(4500), published(9000)},
      {"FP4", published(9000), published(18000)}, {"INT8", published(4500), published(9000)},
  };
  static constexpr figure fp64_tensor = published(37);
  static constexpr figure max_power = published(1000);  // W per GPU
  static constexpr double memory_gb = 180;              // HGX/DGX B200; the tech brief's "up to 192 GB" is the die's
  static constexpr double bandwidth_gb_s = 7700;
  static constexpr price_range price = usd_range(30'000, 40'000, "NVIDIA CEO on Blackwell GPU prices, 2024");
};
inline constexpr accelerator<b200_spec> b200{};

// NVIDIA B300 (HGX B300, Blackwell Ultra).
struct b300_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA B300 (HGX B300)";
  static constexpr std::string_view model = "B300";
  static constexpr std::string_view family = "Blackwell";
  static constexpr std::string_view source =
      "NVIDIA Blackwell Ultra / HGX B300 and DGX B300 pages (2025), 8-GPU figures divided by 8";
  static constexpr date as_of{2025, 3};
  // FP4 dense is left out: the sources we could read disagree (13.1, 13.5 and 14 PF).
  static constexpr format_peak peaks[] = {
      {"FP64", published(1.25), not_published},   {"FP32", published(75), not_published},
      {"TF32", published(1125), published(2250)}, {"BF16", published(2250), published(4500)},
      {"FP16", published(2250), published(4500)}, {"FP8", published(4500), published(9000)},
      {"FP4", not_published, published(18000)},
  };
  static constexpr figure fp64_tensor = published(1.25);
  static constexpr figure max_power = published(1100);  // W per GPU (HGX B300)
  static constexpr double memory_gb = 270;              // usable on HGX B300 (2.16 TB / 8); marketing 288 GB
  static constexpr double bandwidth_gb_s = 7700;
};
inline constexpr accelerator<b300_spec> b300{};

// NVIDIA GB200 (one GPU of an NVL72).
struct gb200_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA GB200 (one GPU of an NVL72)";
  static constexpr std::string_view model = "GB200";
  static constexpr std::string_view family = "Blackwell";
  static constexpr std::string_view source =
      "NVIDIA GB200 NVL72 product page (2024), rack figures divided by 72 GPUs; "
      "nvidia.com/en-us/data-center/gb200-nvl72/";
  static constexpr date as_of{2024, 3};
  // TFLOP/s (INT8: TOP/s) per GPU, dense and 2:4 sparse, as in the source above.
  static constexpr format_peak peaks[] = {
      {"FP64", published(40), not_published},      {"FP32", published(80), not_published},
      {"TF32", published(1250), published(2500)},  {"BF16", published(2500), published(5000)},
      {"FP16", published(2500), published(5000)},  {"FP8", published(5000), published(10000)},
      {"FP4", published(10000), published(20000)}, {"INT8", published(5000), published(10000)},
  };
  static constexpr figure fp64_tensor = published(40);
  // A configuration figure: the GB200 superchip (1 Grace + 2 GPUs) is rated 2,700 W in all.
  static constexpr figure max_power = published(1200);  // W per GPU
  static constexpr double memory_gb = 186;              // 13.4 TB HBM3e / 72
  static constexpr double bandwidth_gb_s = 8000;
  static constexpr price_range price = usd_range(30'000, 40'000, "NVIDIA CEO on Blackwell GPU prices, 2024");
};
inline constexpr accelerator<gb200_spec> gb200{};

// NVIDIA GB300 (one GPU of an NVL72, Blackwell Ultra).
struct gb300_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA GB300 (one GPU of an NVL72)";
  static constexpr std::string_view model = "GB300";
  static constexpr std::string_view family = "Blackwell";
  static constexpr std::string_view source =
      "NVIDIA GB300 NVL72 product page (2025), rack figures divided by 72 GPUs; "
      "nvidia.com/en-us/data-center/gb300-nvl72/";
  static constexpr date as_of{2025, 3};
  // FP4 is the exception to "sparse = 2 x dense". FP64 is the rack's 100 TFLOP/s over 72 GPUs.
  // INT8 is left out: Blackwell Ultra cut it, and we could not read the rack's INT8 figure.
  static constexpr format_peak peaks[] = {
      {"FP64", published(100.0 / 72), not_published}, {"FP32", published(80), not_published},
      {"TF32", published(1250), published(2500)},     {"BF16", published(2500), published(5000)},
      {"FP16", published(2500), published(5000)},     {"FP8", published(5000), published(10000)},
      {"FP4", published(15000), published(20000)},
  };
  static constexpr figure fp64_tensor = published(100.0 / 72);
  static constexpr figure max_power = published(1400);  // W per GPU
  // Usable capacity from the datasheet (20.1 TB / 72); the "288 GB" of the launch is the raw HBM.
  static constexpr double memory_gb = 279;
  static constexpr double bandwidth_gb_s = 8000;
  static constexpr price_range price = usd_range(
      3e6 / 72, 4e6 / 72, "GB300 NVL72 rack at USD 3-4 million (low-confidence estimate, 2025) over its 72 GPUs");
};
inline constexpr accelerator<gb300_spec> gb300{};

// NVIDIA Rubin (announced at CES 2026; ships in the second half of 2026).
struct rubin_spec : spec_defaults {
  static constexpr std::string_view name = "NVIDIA Rubin (announced, CES 2026)";
  static constexpr std::string_view model = "Rubin";
  static constexpr std::string_view family = "Vera Rubin";  // the platform: Vera CPUs with Rubin GPUs
  static constexpr std::string_view source =
      "NVIDIA technical blog \"Inside the NVIDIA Rubin Platform: Six New Chips, One AI Supercomputer\" (January 2026)";
  static constexpr date as_of{2026, 1};
  static constexpr provenance kind = provenance::announced;
  // FP4 is the NVFP4 *training* figure (35 PF), the one that multiplies to the rack's 2.5 EF
  // training figure; the 50 PF "inference" figure counts the Transformer Engine's adaptive
  // compression and is no dense FP4 rate. FP8 is the rack's 1,260 PF over 72 GPUs.
  static constexpr format_peak peaks[] = {
      {"FP64", published(33), not_published},
      {"FP32", published(130), not_published},
      {"FP8", published(17500), not_published},
      {"FP4", published(35000), not_published},
  };
  // Not a vendor figure: analysts estimate 1.8-2.3 kW, so max_power() refuses and this stays apart.
  static constexpr figure analyst_power = published(1800);  // W per GPU
  static constexpr double memory_gb = 288;                  // HBM4
  static constexpr double bandwidth_gb_s = 22000;
};
inline constexpr accelerator<rubin_spec> rubin{};

// AMD Instinct MI300X.
struct mi300x_spec : spec_defaults {
  static constexpr std::string_view name = "AMD Instinct MI300X";
  static constexpr std::string_view model = "MI300X";
  static constexpr std::string_view family = "Instinct";
  static constexpr std::string_view source = "AMD Instinct MI300X product page and CDNA 3 white paper (2023)";
  static constexpr date as_of{2023, 12};
  // 304 CUs at 2.1 GHz: FP8 2,614.9 TFLOP/s dense, as AMD prints it (rounded here to AMD's 2,615).
  static constexpr format_peak peaks[] = {
      {"FP64", published(81.7), not_published},    {"FP32", published(163.4), not_published},
      {"TF32", published(653.7), published(1307)}, {"BF16", published(1307), published(2615)},
      {"FP16", published(1307), published(2615)},  {"FP8", published(2615), published(5230)},
      {"INT8", published(2615), published(5230)},
  };
  static constexpr figure fp64_tensor = published(163.4);
  static constexpr figure max_power = published(750);  // W per GPU
  static constexpr double memory_gb = 192;
  static constexpr double bandwidth_gb_s = 5300;
};
inline constexpr accelerator<mi300x_spec> mi300x{};

// AMD Instinct MI325X: the MI300X's compute with 256 GB of HBM3E.
struct mi325x_spec : spec_defaults {
  static constexpr std::string_view name = "AMD Instinct MI325X";
  static constexpr std::string_view model = "MI325X";
  static constexpr std::string_view family = "Instinct";
  static constexpr std::string_view source = "AMD Instinct MI325X product page (October 2024)";
  static constexpr date as_of{2024, 10};
  // The MI300X's CDNA 3 compute at the same clocks (AMD prints the same figures).
  static constexpr const auto& peaks = mi300x_spec::peaks;
  static constexpr figure fp64_tensor = mi300x_spec::fp64_tensor;
  static constexpr figure max_power = published(1000);  // W per GPU
  static constexpr double memory_gb = 256;
  static constexpr double bandwidth_gb_s = 6000;
};
inline constexpr accelerator<mi325x_spec> mi325x{};

// AMD Instinct MI355X (CDNA 4).
struct mi355x_spec : spec_defaults {
  static constexpr std::string_view name = "AMD Instinct MI355X";
  static constexpr std::string_view model = "MI355X";
  static constexpr std::string_view family = "Instinct";
  static constexpr std::string_view source =
      "AMD Instinct MI355X launch (Advancing AI, June 2025) and ISSCC 2026 paper: 256 CUs x 8,192 FP8 FLOP per "
      "clock x 2.4 GHz";
  static constexpr date as_of{2025, 6};
  // FP64, FP32 and INT8 are left out: we could not read them in an AMD document.
  static constexpr format_peak peaks[] = {
      {"BF16", published(2516.6), published(5033.2)},
      {"FP16", published(2516.6), published(5033.2)},
      {"FP8", published(5033.2), published(10066.3)},
      {"FP4", published(10066.3), published(20132.7)},
  };
  static constexpr figure max_power = published(1400);  // W per GPU, liquid-cooled
  static constexpr double memory_gb = 288;
  static constexpr double bandwidth_gb_s = 8000;
};
inline constexpr accelerator<mi355x_spec> mi355x{};

// Google TPU v5p.
struct tpu_v5p_spec : spec_defaults {
  static constexpr std::string_view name = "Google TPU v5p";
  static constexpr std::string_view model = "TPU v5p";
  static constexpr std::string_view source =
      "Google Cloud TPU v5p documentation, cloud.google.com/tpu/docs/v5p (2024; FP8 row added 2025)";
  static constexpr date as_of{2025};
  // Google publishes BF16, FP8 (at the BF16 rate) and INT8; no FP16 or FP32 figure.
  static constexpr format_peak peaks[] = {
      {"BF16", published(459), not_published},
      {"FP8", published(459), not_published},
      {"INT8", published(918), not_published},
  };
  static constexpr double memory_gb = gib_as_gb(95);
  static constexpr double bandwidth_gb_s = 2765;
};
inline constexpr accelerator<tpu_v5p_spec> tpu_v5p{};

// Google TPU v6e (Trillium).
struct tpu_v6e_spec : spec_defaults {
  static constexpr std::string_view name = "Google TPU v6e (Trillium)";
  static constexpr std::string_view model = "TPU v6e";
  static constexpr std::string_view source =
      "Google Cloud TPU v6e documentation, cloud.google.com/tpu/docs/v6e (2024); FP8 and GiB from the TPU7x page";
  static constexpr date as_of{2024, 12};
  static constexpr format_peak peaks[] = {
      {"BF16", published(918), not_published},
      {"FP8", published(918), not_published},
      {"INT8", published(1836), not_published},
  };
  static constexpr double memory_gb = gib_as_gb(32);
  static constexpr double bandwidth_gb_s = 1638;
};
inline constexpr accelerator<tpu_v6e_spec> tpu_v6e{};

// Google TPU7x (Ironwood).
struct tpu7x_spec : spec_defaults {
  static constexpr std::string_view name = "Google TPU7x (Ironwood)";
  static constexpr std::string_view model = "TPU7x";
  static constexpr std::string_view source =
      "Google Cloud TPU7x documentation, cloud.google.com/tpu/docs/tpu7x (November 2025)";
  static constexpr date as_of{2025, 11};
  static constexpr format_peak peaks[] = {
      {"BF16", published(2307), not_published},
      {"FP8", published(4614), not_published},
  };
  static constexpr double memory_gb = gib_as_gb(192);
  static constexpr double bandwidth_gb_s = 7380;
};
inline constexpr accelerator<tpu7x_spec> tpu7x{};

// AWS Trainium2.
struct trainium2_spec : spec_defaults {
  static constexpr std::string_view name = "AWS Trainium2";
  static constexpr std::string_view model = "Trainium2";
  static constexpr std::string_view family = "Trainium";
  static constexpr std::string_view source =
      "AWS Neuron documentation, \"Trainium2 Architecture\" (awsdocs-neuron.readthedocs-hosted.com, 2025)";
  static constexpr date as_of{2025, 12};
  // AWS states one sparse figure (2,563) for FP8, FP16, BF16 and TF32 together, without saying
  // which sparsity pattern: it is left out rather than filed as 2:4.
  static constexpr format_peak peaks[] = {
      {"FP32", published(181), not_published}, {"TF32", published(667), not_published},
      {"BF16", published(667), not_published}, {"FP16", published(667), not_published},
      {"FP8", published(1299), not_published},
  };
  static constexpr double memory_gb = gib_as_gb(96);
  static constexpr double bandwidth_gb_s = 2900;
};
inline constexpr accelerator<trainium2_spec> trainium2{};

// Intel Gaudi 3 (HL-325L, air-cooled OAM).
struct gaudi3_spec : spec_defaults {
  static constexpr std::string_view name = "Intel Gaudi 3";
  static constexpr std::string_view model = "Gaudi 3";
  static constexpr std::string_view family = "Gaudi";
  static constexpr std::string_view source = "Intel Gaudi 3 AI accelerator white paper and Hot Chips 2024 talk";
  static constexpr date as_of{2024, 8};
  // The matrix engines' rate; Intel states the same 1,835 TFLOP/s for BF16 and FP8.
  static constexpr format_peak peaks[] = {
      {"BF16", published(1835), not_published},
      {"FP8", published(1835), not_published},
  };
  static constexpr figure max_power = published(900);  // W per GPU (air-cooled; 1,200 W liquid-cooled)
  static constexpr double memory_gb = 128;
  static constexpr double bandwidth_gb_s = 3670;
};
inline constexpr accelerator<gaudi3_spec> gaudi3{};

// Every accelerator above, for code that walks the catalogue (the docs table test does). The tuple's
// type is written out and its value default-constructed: deducing it from the objects runs class
// template argument deduction over all of std::tuple's constructors for 19 arguments, which cost
// every program that includes the catalogue a third of the catalogue's compile time
// (benchmarks/README.md, section 3). Accelerators are empty classes, so the value is the same.
inline constexpr std::tuple<
    accelerator<a100_sxm_spec>, accelerator<h100_sxm_spec>, accelerator<h100_pcie_spec>, accelerator<h100_nvl_spec>,
    accelerator<h200_sxm_spec>, accelerator<h200_nvl_spec>, accelerator<b200_spec>, accelerator<b300_spec>,
    accelerator<gb200_spec>, accelerator<gb300_spec>, accelerator<rubin_spec>, accelerator<mi300x_spec>,
    accelerator<mi325x_spec>, accelerator<mi355x_spec>, accelerator<tpu_v5p_spec>, accelerator<tpu_v6e_spec>,
    accelerator<tpu7x_spec>, accelerator<trainium2_spec>, accelerator<gaudi3_spec>>
    all_accelerators{};

}  // namespace aiscale::catalog
