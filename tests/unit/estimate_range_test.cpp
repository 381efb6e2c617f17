// Run-time behaviour of estimate<Q>: range arithmetic, containment, comparison, printing.
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>
#include <sstream>
#include <string>

#include "../catch.hpp"
#include "../printed.hpp"

namespace ai = aiscale;

namespace {
const ai::estimate price{25'000.0 * ai::usd / ai::gpu, 30'000.0 * ai::usd / ai::gpu};
const ai::estimate fleet{4.0 * ai::million * ai::gpu, 5.0 * ai::million* ai::gpu};
}  // namespace

TEST_CASE("a product of positive ranges multiplies the lows and the highs") {
  const auto cost = fleet * price;
  CHECK(ai::approx(cost.low(), 100 * ai::billion * ai::usd));
  CHECK(ai::approx(cost.high(), 150 * ai::billion * ai::usd));
}

TEST_CASE("a quotient divides the low by the other's high") {
  const auto gpus = (3.0 * ai::trillion * ai::usd) / price;
  CHECK(ai::approx(gpus.low(), 100 * ai::million * ai::gpu));
  CHECK(ai::approx(gpus.high(), 120 * ai::million * ai::gpu));
}

TEST_CASE("a difference subtracts the other's high from the low") {
  const ai::estimate a{10.0 * ai::GW, 12.0 * ai::GW};
  const ai::estimate b{1.0 * ai::GW, 3.0 * ai::GW};
  const auto d = a - b;
  CHECK(d.low() == 7.0 * ai::GW);
  CHECK(d.high() == 11.0 * ai::GW);
  const auto s = a + b;
  CHECK(s.low() == 11.0 * ai::GW);
  CHECK(s.high() == 15.0 * ai::GW);
}

TEST_CASE("central values propagate only when both sides have one") {
  const ai::estimate rack{2e6 * ai::usd, 3.1e6 * ai::usd, 3e6 * ai::usd};
  CHECK((rack * 10.0).has_central());
  CHECK(ai::approx((rack * 10.0).central(), 30e6 * ai::usd));
  CHECK_FALSE((rack * ai::estimate{1.0, 2.0}).has_central());
  CHECK(ai::approx(price.central(), 27'500 * ai::usd / ai::gpu));
}

TEST_CASE("contains includes the bounds, overlaps needs one shared value") {
  CHECK(price.contains(25'000 * ai::usd / ai::gpu));
  CHECK(price.contains(0.03 * ai::million * ai::usd / ai::gpu));
  CHECK_FALSE(price.contains(30'001 * ai::usd / ai::gpu));
  CHECK(price.overlaps(ai::estimate{30'000.0 * ai::usd / ai::gpu, 40'000.0 * ai::usd / ai::gpu}));
  CHECK_FALSE(price.overlaps(ai::estimate{31'000.0 * ai::usd / ai::gpu, 40'000.0 * ai::usd / ai::gpu}));
}

TEST_CASE("an estimate is below a value only when its whole range is") {
  CHECK(price < 31'000 * ai::usd / ai::gpu);
  CHECK_FALSE(price < 28'000 * ai::usd / ai::gpu);
  CHECK_FALSE(price > 28'000 * ai::usd / ai::gpu);
  CHECK(price > 20'000 * ai::usd / ai::gpu);
  CHECK(20'000 * ai::usd / ai::gpu < price);
  CHECK(price <= 30'000 * ai::usd / ai::gpu);
  CHECK(price >= 25'000 * ai::usd / ai::gpu);
}

TEST_CASE("widened stretches each side by a relative tolerance") {
  const auto about = ai::estimate{75.0 * ai::GW}.widened(0.1);
  CHECK(ai::approx(about.low(), 67.5 * ai::GW));
  CHECK(ai::approx(about.high(), 82.5 * ai::GW));
  CHECK(about.contains(70 * ai::GW));
}

TEST_CASE("an estimate converts to another unit of its dimension") {
  const auto in_gpus = fleet.in(ai::gpu);
  CHECK(in_gpus.low().value() == 4e6);
  CHECK(in_gpus.high().value() == 5e6);
  const ai::estimate<ai::quantity<ai::gpu, double>> converted = fleet;
  CHECK(converted.high() == 5e6 * ai::gpu);
}

TEST_CASE("an estimate prints as a range with its unit") {
  CHECK(printed(price) == "25000-30000 USD/GPU");
  CHECK(printed(fleet) == "4-5 million GPU");
  CHECK(printed(ai::estimate{1.5 * ai::trillion * ai::usd, 2.0 * ai::trillion * ai::usd}) == "1.5-2 trillion USD");
  // Bounds that would need an exponent share one scale word, chosen for the larger bound.
  CHECK(printed(ai::estimate{2e6 * ai::usd, 3.1e6 * ai::usd, 3e6 * ai::usd}) == "2-3.1 million USD (central 3)");
  CHECK(printed(ai::estimate{900e3 * ai::usd, 3.1e6 * ai::usd}) == "0.9-3.1 million USD");
  CHECK(printed(ai::estimate{2.2e8 * ai::W, 3.1e8 * ai::W}) == "220-310 MW");
  CHECK(printed(ai::estimate{-5.0 * ai::W, 5.0 * ai::W}) == "-5 to 5 W");
}
