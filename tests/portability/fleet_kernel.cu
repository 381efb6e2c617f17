// CUDA test: a kernel computing per-element fleet power, yearly energy cost and peak compute with
// aiscale's quantities, catalogue and fleet model, and a host check of the same device-capable
// function (run on the GPU where there is one and compared row by row).
// The umbrella, as users include it: everything of it must compile under nvcc, the text layer too.
#include <aiscale/aiscale.hpp>
#include <cmath>
#include <cstdio>

namespace ai = aiscale;
namespace cat = ai::catalog;
using namespace ai::literals;

// What users write at namespace scope, compiled by nvcc's host-code generator too: a base unit of
// their own, a price per million of it, and an estimate deduced from its bounds.
inline constexpr ai::base_unit_t<"token", "tok"> token{};
inline constexpr auto usd_per_mtok = ai::usd / (ai::million * token);
inline constexpr auto gpus_per_10_gw = ai::estimate{4.0 * ai::million * ai::gpu, 5.0 * ai::million* ai::gpu};
static_assert(gpus_per_10_gw.contains(4.5e6 * ai::gpu) && (2.0 * usd_per_mtok).value_in(ai::usd / token) == 2e-6);

struct fleet_result {
  double power_MW;
  double cost_usd;
  double peak_EFLOPS;
};

// One fleet of H100 SXM at the chip level (700 W each, datasheet) in a data centre with PUE 1.3: facility power in MW,
// the cost of a Julian year of electricity at a euro price, and its dense BF16 peak.
AISCALE_HOST_DEVICE inline fleet_result fleet_row(double gpus, double eur_per_kwh) {
  const ai::fleet fleet(cat::h100_sxm, gpus * ai::gpu, ai::chip_level_t{}, 1.3 * ai::one);
  const auto energy = fleet.facility_power() * 1_yr;
  const ai::exchange_rate eur_usd{1.08 * ai::usd / ai::eur};
  const auto cost = eur_usd(energy * (eur_per_kwh * ai::eur / ai::kWh));
  return {fleet.facility_power().value_in(ai::MW), cost.value_in(ai::usd),
          fleet.peak(ai::bf16).value_in(ai::EFLOPS_of(ai::bf16))};
}

__global__ void aiscale_fleet_kernel(const double* gpus, fleet_result* out, int n) {
  const int i = static_cast<int>(blockIdx.x * blockDim.x + threadIdx.x);
  if (i < n) out[i] = fleet_row(gpus[i], 0.08);
}

int main() {
  constexpr int n = 256;
  double gpus[n];
  fleet_result host[n];
  for (int i = 0; i < n; ++i) {
    gpus[i] = 1000.0 * (i + 1);
    host[i] = fleet_row(gpus[i], 0.08);
  }
  // 1000 GPUs * 700 W * 1.3 = 0.91 MW; * 8766 h = 7977.06 MWh; * 0.08 EUR/kWh * 1.08 USD/EUR;
  // 1000 * 989 TFLOP/s BF16 dense (H100 SXM datasheet) = 0.989 EFLOP/s.
  if (std::fabs(host[0].power_MW - 0.91) > 1e-9 || std::fabs(host[0].cost_usd - 7977060.0 * 0.08 * 1.08) > 1e-3 ||
      std::fabs(host[0].peak_EFLOPS - 0.989) > 1e-9) {
    std::printf("FAIL host: %.6f MW, %.3f USD, %.6f EFLOP/s\n", host[0].power_MW, host[0].cost_usd,
                host[0].peak_EFLOPS);
    return 1;
  }
  int devices = 0;
  if (cudaGetDeviceCount(&devices) != cudaSuccess || devices == 0) {
    std::printf("host result ok; no CUDA device here, kernel not run (device code was generated)\n");
    return 0;
  }
  double* d_gpus = nullptr;
  fleet_result* d_out = nullptr;
  cudaMalloc(&d_gpus, sizeof gpus);
  cudaMalloc(&d_out, sizeof host);
  cudaMemcpy(d_gpus, gpus, sizeof gpus, cudaMemcpyHostToDevice);
  aiscale_fleet_kernel<<<(n + 127) / 128, 128>>>(d_gpus, d_out, n);
  fleet_result dev[n];
  if (cudaMemcpy(dev, d_out, sizeof dev, cudaMemcpyDeviceToHost) != cudaSuccess) {
    std::printf("FAIL: kernel did not run\n");
    return 1;
  }
  cudaFree(d_gpus);
  cudaFree(d_out);
  for (int i = 0; i < n; ++i)
    if (std::fabs(dev[i].power_MW - host[i].power_MW) > 1e-9 * host[i].power_MW ||
        std::fabs(dev[i].cost_usd - host[i].cost_usd) > 1e-9 * host[i].cost_usd ||
        std::fabs(dev[i].peak_EFLOPS - host[i].peak_EFLOPS) > 1e-9 * host[i].peak_EFLOPS) {
      std::printf("FAIL device row %d: %.6f vs %.6f\n", i, dev[i].cost_usd, host[i].cost_usd);
      return 1;
    }
  std::printf("device and host agree on %d rows\n", n);
  return 0;
}
