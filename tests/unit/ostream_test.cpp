// Printing quantities and units with operator<<: value, a space, the derived symbol.
#include <aiscale/units.hpp>

#include <sstream>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;

template <class T>
static std::string printed(const T& x) {
  std::ostringstream os;
  os << x;
  return os.str();
}

TEST_CASE("a quantity prints its value and its unit's symbol") {
  CHECK(printed(750 * ai::W) == "750 W");
  CHECK(printed(75.5 * ai::GW) == "75.5 GW");
}

TEST_CASE("a derived unit prints as numerator over denominator") {
  CHECK(printed(750 * ai::W / ai::gpu) == "750 W/GPU");
  CHECK(printed(2.1 * ai::usd / (ai::gpu * ai::h)) == "2.1 USD/(GPU\u00b7h)");
  CHECK(printed(0.086 * ai::usd_per_kWh) == "0.086 USD/kWh");
}

TEST_CASE("factors that cancel disappear from the printed unit") {
  CHECK(printed((8 * ai::gpu) * (700 * ai::W / ai::gpu)) == "5600 W");
}

TEST_CASE("scale words print before the unit with a space") {
  CHECK(printed(100 * ai::million * ai::gpu) == "100 million GPU");
  CHECK(printed(3 * ai::trillion * ai::usd) == "3 trillion USD");
}

TEST_CASE("compute prints its numeric format") {
  CHECK(printed(989 * ai::TFLOPS_of(ai::bf16)) == "989 TFLOP(BF16)/s");
  CHECK(printed(1979 * ai::TFLOPS_of(ai::sparse(ai::bf16))) == "1979 TFLOP(BF16 sparse)/s");
  CHECK(printed(200 * ai::EFLOPS) == "200 EFLOP/s");
}

TEST_CASE("a unit object prints its symbol") {
  CHECK(printed(ai::usd_per_gpu_hour) == "USD/GPU-h");
  CHECK(printed(ai::TWh / ai::year) == "TWh/yr");
}

TEST_CASE("a dimensionless quantity of unit one prints as a bare number") {
  CHECK(printed((10 * ai::W) / (5 * ai::W)) == "2");
  CHECK(printed(30 * ai::percent) == "30 %");
}

TEST_CASE("a unit symbol converts to std::string_view and std::string where those are included") {
  const std::string_view v = decltype(ai::W_per_gpu)::symbol.view();
  const std::string s = decltype(ai::usd_per_kWh)::symbol.view();
  CHECK(v == "W/GPU");
  CHECK(s == "USD/kWh");
}
