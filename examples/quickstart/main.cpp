// The README's first example: a fleet of 100 million GPUs, its power, energy and price.
#include <aiscale/aiscale.hpp>
#include <iostream>

namespace ai = aiscale;
using namespace ai::literals;

int main() {
  constexpr auto fleet = 100 * ai::million * ai::gpu;
  constexpr auto per_gpu = 750 * ai::W / ai::gpu;
  constexpr auto power = fleet * per_gpu;  // a power: count x W/GPU
  static_assert(ai::approx(power, 75_GW));

  constexpr auto cost = 3 * ai::trillion * ai::usd;
  constexpr auto price = (cost / fleet).in(ai::usd / ai::gpu);
  static_assert(ai::approx(price, 30'000 * ai::usd / ai::gpu));

  std::cout << "fleet:  " << fleet << '\n'
            << "power:  " << power.in<double>(ai::GW) << '\n'
            << "a year: " << (power * ai::year).in<double>(ai::TWh) << '\n'
            << "price:  " << price << '\n'
            << "per GPU-hour at 8.6 US cents/kWh: " << (per_gpu * 8.6 * ai::us_cent / ai::kWh).in(ai::usd_per_gpu_hour)
            << '\n';
}
