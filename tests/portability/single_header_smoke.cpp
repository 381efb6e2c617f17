// Smoke test of the single-header release: built with -I single_include only.
#include <aiscale/aiscale.hpp>

#include <iostream>

namespace ai = aiscale;

int main() {
  constexpr auto power = 100.0 * ai::million * ai::gpu * (750.0 * ai::W / ai::gpu);
  static_assert(ai::approx(power, 75 * ai::GW));
  const double twh = (power * ai::year).value_in(ai::TWh);
  std::cout << power.in(ai::GW) << " " << twh << " TWh\n";
  return twh > 657.0 && twh < 658.0 ? 0 : 1;
}
