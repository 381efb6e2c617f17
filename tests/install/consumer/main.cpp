// A user's program: compiles against aiscale however it was obtained, and prints one figure.
#include <aiscale/aiscale.hpp>

#include <iostream>

namespace ai = aiscale;
using namespace ai::literals;

int main() {
  constexpr auto power = (100 * ai::million * ai::gpu) * (750 * ai::W / ai::gpu);
  static_assert(ai::approx(power, 75_GW));
  std::cout << "consumer: " << power.in<double>(ai::GW) << '\n';
}
