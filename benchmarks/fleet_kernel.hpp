// The fleet-cost kernel, written on plain doubles, on arrays of aiscale quantities, and on plain
// doubles made quantities inside the loop: the sum over a fleet of GPUs x W/GPU x hours x USD/kWh,
// in USD. Benchmarks and tests/perf share it.
#pragma once

#include <cstddef>

#include <aiscale/units.hpp>

namespace aiscale_bench {

namespace ai = aiscale;

// Wh to kWh is the division by 1000 that the quantity kernel's conversion to USD also performs,
// in the same order, so both kernels do the same arithmetic and must give the same bits.
double fleet_cost_double(const double* gpus, const double* watts_per_gpu, const double* hours,
                         const double* usd_per_kwh, std::size_t n);

ai::quantity<ai::usd> fleet_cost_quantity(const ai::quantity<ai::gpu>* gpus,
                                          const ai::quantity<ai::W_per_gpu>* watts_per_gpu,
                                          const ai::quantity<ai::h>* hours,
                                          const ai::quantity<ai::usd_per_kWh>* usd_per_kwh, std::size_t n);

ai::quantity<ai::usd> fleet_cost_from_doubles(const double* gpus, const double* watts_per_gpu, const double* hours,
                                              const double* usd_per_kwh, std::size_t n);

}  // namespace aiscale_bench
