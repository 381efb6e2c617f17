// The README's first example: a fleet of 100 million GPUs, its power, energy and price.
#include <aiscale/aiscale.hpp>
#include <iostream>

namespace ai = aiscale;
using namespace ai::literals;

int main() {
  constexpr auto fleet = 100 * ai::million * ai::gpu;
  constexpr auto power = fleet * (750 * ai::W / ai::gpu);  // count x per-device = a power
  static_assert(ai::approx(power, 75_GW));                 // checked by the compiler
  constexpr auto price = (3 * ai::trillion * ai::usd / fleet).in(ai::usd_per_gpu);
  std::cout << power.in<double>(ai::GW) << ", " << (power * ai::year).in<double>(ai::TWh) << " a year, " << price
            << '\n';

  // A few more figures, each a line of arithmetic on typed values.
  constexpr auto per_gpu_hour = (750 * ai::W / ai::gpu * (8.6 * ai::us_cent / ai::kWh)).in(ai::usd_per_gpu_hour);
  std::cout << "fleet: " << fleet << '\n' << "electricity per GPU-hour at 8.6 US cents/kWh: " << per_gpu_hour << '\n';
}
