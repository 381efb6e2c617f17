// The quantity kernel computes the same number as the plain-double kernel: the units cost nothing
// in the result either, to the last bit.
#include "../catch.hpp"
#include "fleet_data.hpp"

using namespace aiscale_bench;

TEST_CASE("one entry: 8 GPUs at 700 W for 24 h at 0.10 USD/kWh cost 13.44 USD") {
  const double g = 8, w = 700, h = 24, p = 0.1;
  const auto gq = 8.0 * ai::gpu;
  const auto wq = 700.0 * ai::W_per_gpu;
  const auto hq = 24.0 * ai::h;
  const auto pq = 0.1 * ai::usd_per_kWh;
  const ai::quantity<ai::usd> cost = fleet_cost_quantity(&gq, &wq, &hq, &pq, 1);
  CHECK(cost.value() == fleet_cost_double(&g, &w, &h, &p, 1));
  CHECK(fleet_cost_from_doubles(&g, &w, &h, &p, 1).value() == cost.value());
  CHECK(ai::approx(cost, 13.44 * ai::usd));
}

TEST_CASE("the quantity kernel and the double kernel give identical sums over 100 000 entries") {
  const fleet_doubles d = make_fleet_doubles(100'000);
  const fleet_quantities q = to_quantities(d);
  const double plain = run_double(d);
  CHECK(plain > 0.0);
  CHECK(run_quantity(q).value() == plain);
}

TEST_CASE("the kernel that builds its quantities from the double arrays gives the double kernel's sum") {
  const fleet_doubles d = make_fleet_doubles(100'000);
  CHECK(run_from_doubles(d).value() == run_double(d));
}

TEST_CASE("an empty fleet costs zero in every kernel") {
  CHECK(fleet_cost_double(nullptr, nullptr, nullptr, nullptr, 0) == 0.0);
  CHECK(fleet_cost_quantity(nullptr, nullptr, nullptr, nullptr, 0) == ai::quantity<ai::usd>::zero());
  CHECK(fleet_cost_from_doubles(nullptr, nullptr, nullptr, nullptr, 0) == ai::quantity<ai::usd>::zero());
}
