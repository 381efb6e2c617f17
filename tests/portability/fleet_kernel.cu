// CUDA test: a kernel computing per-element fleet power and yearly energy cost with aiscale types,
// and a host check of the same device-capable function (run on the GPU where there is one).
#include <aiscale/units.hpp>
#if __has_include(<aiscale/catalog.hpp>)
#include <aiscale/catalog.hpp>
#endif
#if __has_include(<aiscale/model.hpp>)
#include <aiscale/model.hpp>
#endif
#include <cmath>
#include <cstdio>

namespace ai = aiscale;
using namespace ai::literals;

struct fleet_result {
  double power_MW;
  double cost_usd;
};

// One fleet: power in MW and the cost of a Julian year of electricity, through quantities only.
AISCALE_HOST_DEVICE inline fleet_result fleet_row(double gpus, double watts_per_gpu, double eur_per_kwh) {
  const auto fleet = gpus * ai::gpu;
  const auto power = fleet * (watts_per_gpu * ai::W / ai::gpu) * 1.3;  // PUE 1.3
  const auto energy = power * 1_yr;
  const ai::exchange_rate eur_usd{1.08 * ai::usd / ai::eur};
  const auto cost = eur_usd(energy * (eur_per_kwh * ai::eur / ai::kWh));
  return {power.value_in(ai::MW), cost.value_in(ai::usd)};
}

__global__ void aiscale_fleet_kernel(const double* gpus, fleet_result* out, int n) {
  const int i = static_cast<int>(blockIdx.x * blockDim.x + threadIdx.x);
  if (i < n) out[i] = fleet_row(gpus[i], 700.0, 0.08);
}

int main() {
  constexpr int n = 256;
  double gpus[n];
  fleet_result host[n];
  for (int i = 0; i < n; ++i) {
    gpus[i] = 1000.0 * (i + 1);
    host[i] = fleet_row(gpus[i], 700.0, 0.08);
  }
  // 1000 GPUs * 700 W * 1.3 = 0.91 MW; * 8766 h = 7977.06 MWh; * 0.08 EUR/kWh * 1.08 USD/EUR.
  if (std::fabs(host[0].power_MW - 0.91) > 1e-9 || std::fabs(host[0].cost_usd - 7977060.0 * 0.08 * 1.08) > 1e-3) {
    std::printf("FAIL host: %.6f MW, %.3f USD\n", host[0].power_MW, host[0].cost_usd);
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
        std::fabs(dev[i].cost_usd - host[i].cost_usd) > 1e-9 * host[i].cost_usd) {
      std::printf("FAIL device row %d: %.6f vs %.6f\n", i, dev[i].cost_usd, host[i].cost_usd);
      return 1;
    }
  std::printf("device and host agree on %d rows\n", n);
  return 0;
}
