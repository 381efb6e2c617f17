// Deterministic fleet data for the kernels: the same numbers as doubles and as quantities, so the
// benchmark and the tests compare like with like.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fleet_kernel.hpp"

namespace aiscale_bench {

struct fleet_doubles {
  std::vector<double> gpus, watts_per_gpu, hours, usd_per_kwh;
};

struct fleet_quantities {
  std::vector<ai::quantity<ai::gpu>> gpus;
  std::vector<ai::quantity<ai::W_per_gpu>> watts_per_gpu;
  std::vector<ai::quantity<ai::h>> hours;
  std::vector<ai::quantity<ai::usd_per_kWh>> usd_per_kwh;
};

// A fixed linear congruential generator instead of <random>: the data, and so the sums, are the
// same on every standard library.
inline fleet_doubles make_fleet_doubles(std::size_t n) {
  fleet_doubles f;
  f.gpus.reserve(n);
  f.watts_per_gpu.reserve(n);
  f.hours.reserve(n);
  f.usd_per_kwh.reserve(n);
  std::uint64_t state = 0x2545F4914F6CDD1DULL;
  auto next = [&state](double lo, double hi) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (hi - lo) * static_cast<double>(state >> 11) / 9007199254740992.0;
  };
  for (std::size_t i = 0; i != n; ++i) {
    f.gpus.push_back(next(1.0, 100000.0));
    f.watts_per_gpu.push_back(next(300.0, 1200.0));
    f.hours.push_back(next(1.0, 8766.0));
    f.usd_per_kwh.push_back(next(0.03, 0.30));
  }
  return f;
}

inline fleet_quantities to_quantities(const fleet_doubles& d) {
  fleet_quantities q;
  const std::size_t n = d.gpus.size();
  q.gpus.reserve(n);
  q.watts_per_gpu.reserve(n);
  q.hours.reserve(n);
  q.usd_per_kwh.reserve(n);
  for (std::size_t i = 0; i != n; ++i) {
    q.gpus.push_back(d.gpus[i] * ai::gpu);
    q.watts_per_gpu.push_back(d.watts_per_gpu[i] * ai::W_per_gpu);
    q.hours.push_back(d.hours[i] * ai::h);
    q.usd_per_kwh.push_back(d.usd_per_kwh[i] * ai::usd_per_kWh);
  }
  return q;
}

inline double run_double(const fleet_doubles& f) {
  return fleet_cost_double(f.gpus.data(), f.watts_per_gpu.data(), f.hours.data(), f.usd_per_kwh.data(), f.gpus.size());
}

inline ai::quantity<ai::usd> run_quantity(const fleet_quantities& f) {
  return fleet_cost_quantity(f.gpus.data(), f.watts_per_gpu.data(), f.hours.data(), f.usd_per_kwh.data(),
                             f.gpus.size());
}

inline ai::quantity<ai::usd> run_from_doubles(const fleet_doubles& f) {
  return fleet_cost_from_doubles(f.gpus.data(), f.watts_per_gpu.data(), f.hours.data(), f.usd_per_kwh.data(),
                                 f.gpus.size());
}

}  // namespace aiscale_bench
