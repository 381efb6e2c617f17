// Definitions of the three fleet-cost kernels, kept in their own translation unit so that the
// compiler sees only the loops (tests/perf compares their assembly and instruction counts).
#include "fleet_kernel.hpp"

namespace aiscale_bench {

double fleet_cost_double(const double* gpus, const double* watts_per_gpu, const double* hours,
                         const double* usd_per_kwh, std::size_t n) {
  double usd = 0.0;
  for (std::size_t i = 0; i != n; ++i) usd += gpus[i] * watts_per_gpu[i] * hours[i] * usd_per_kwh[i] / 1000.0;
  return usd;
}

ai::quantity<ai::usd> fleet_cost_quantity(const ai::quantity<ai::gpu>* gpus,
                                          const ai::quantity<ai::W_per_gpu>* watts_per_gpu,
                                          const ai::quantity<ai::h>* hours,
                                          const ai::quantity<ai::usd_per_kWh>* usd_per_kwh, std::size_t n) {
  auto usd = ai::quantity<ai::usd>::zero();
  for (std::size_t i = 0; i != n; ++i) usd += gpus[i] * watts_per_gpu[i] * hours[i] * usd_per_kwh[i];
  return usd;
}

// The quantities built inside the loop from the raw arrays, as code that reads plain numbers
// (a file, a network message) writes them: the unit algebra and the constructions must cost nothing.
ai::quantity<ai::usd> fleet_cost_from_doubles(const double* gpus, const double* watts_per_gpu, const double* hours,
                                              const double* usd_per_kwh, std::size_t n) {
  auto usd = ai::quantity<ai::usd>::zero();
  for (std::size_t i = 0; i != n; ++i)
    usd += (gpus[i] * ai::gpu) * (watts_per_gpu[i] * ai::W / ai::gpu) * (hours[i] * ai::h) *
           (usd_per_kwh[i] * ai::usd / ai::kWh);
  return usd;
}

}  // namespace aiscale_bench
