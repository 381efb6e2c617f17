// std::chrono interoperation: durations become time quantities and back.
#include <aiscale/aiscale.hpp>

#include <chrono>

#include "../catch.hpp"

namespace ai = aiscale;
using namespace std::chrono_literals;

TEST_CASE("a chrono duration converts to a time quantity") {
  const ai::quantity<ai::s, long long> t = 2min;
  CHECK(t.value() == 120);
  const ai::quantity<ai::h, double> d = 90min;
  CHECK(d.value() == 1.5);
}

TEST_CASE("a time quantity converts to a chrono duration") {
  const std::chrono::seconds t = 3 * ai::h;
  CHECK(t.count() == 10'800);
  const std::chrono::duration<double, std::ratio<86400>> days = 1.0 * ai::year;
  CHECK(days.count() == 365.25);
}

TEST_CASE("from_chrono keeps the duration's own unit") {
  constexpr auto q = ai::from_chrono(36h);
  STATIC_REQUIRE(std::is_same_v<std::remove_cv_t<decltype(q)>, ai::quantity<ai::h, std::chrono::hours::rep>>);
  CHECK(q.in(ai::minute).value() == 2160);
}

TEST_CASE("chrono durations work in quantity arithmetic") {
  const auto energy = (700.0 * ai::W) * ai::from_chrono(24h);
  CHECK(energy.value_in(ai::kWh) == Approx(16.8));
  const ai::quantity<ai::s, double> unusual = std::chrono::duration<int, std::ratio<7, 3>>(3);
  CHECK(unusual.value() == Approx(7.0));
}
