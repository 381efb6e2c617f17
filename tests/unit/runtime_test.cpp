// Run-time behaviour of quantity arithmetic: the same results as constant evaluation.
#include <aiscale/units.hpp>

#include <vector>

#include "../catch.hpp"

namespace ai = aiscale;

TEST_CASE("run-time arithmetic on quantities equals the same arithmetic on doubles") {
  const std::vector<double> gpus{8, 72, 1000}, watts{700, 1200, 400}, hours{24, 8766, 1}, price{0.08, 0.1, 0.2};
  double plain = 0;
  ai::quantity<ai::usd> typed{0.0};
  for (std::size_t i = 0; i != gpus.size(); ++i) {
    plain += gpus[i] * watts[i] * hours[i] * price[i] / 1000;
    typed += (gpus[i] * ai::gpu) * (watts[i] * ai::W_per_gpu) * (hours[i] * ai::h) * (price[i] * ai::usd_per_kWh);
  }
  CHECK(typed.value() == Approx(plain).epsilon(1e-15));
}

TEST_CASE("a sum over a vector of quantities adds in the element unit") {
  const std::vector<ai::quantity<ai::MW>> sites{ai::quantity<ai::MW>{150.0}, ai::quantity<ai::MW>{300.0}};
  CHECK(ai::sum(sites).value_in(ai::GW) == Approx(0.45));
  CHECK(ai::sum(std::vector<ai::quantity<ai::MW>>{}).value() == 0.0);
}

TEST_CASE("dividing integer quantities gives the true quotient") {
  const int fleet = 100;
  const auto per_gpu = (3 * ai::trillion * ai::usd) / (fleet * ai::million * ai::gpu);
  CHECK(per_gpu.value_in(ai::usd_per_gpu) == Approx(30'000.0));
}

TEST_CASE("converting to a coarser integer unit with coerce_in truncates toward zero") {
  const int watts = 2'999;
  CHECK((watts * ai::W).coerce_in(ai::kW).value() == 2);
  CHECK((-watts * ai::W).coerce_in(ai::kW).value() == -2);
}
