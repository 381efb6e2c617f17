// Printing quantities and units with operator<<: value, a space, the derived symbol.
#include <aiscale/units.hpp>

#include <iomanip>
#include <sstream>
#include <string>
#include <string_view>

#include "../catch.hpp"
#include "../printed.hpp"

namespace ai = aiscale;

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

TEST_CASE("a number that would need an exponent prints with a prefix or a scale word instead") {
  CHECK(printed(9.091e8 * ai::W) == "909.1 MW");
  CHECK(printed(-9.091e8 * ai::W) == "-909.1 MW");
  CHECK(printed(1e6 * ai::W) == "1 MW");
  CHECK(printed(8.766e12 * ai::Wh) == "8.766 TWh");
  CHECK(printed(3.6e15 * ai::J) == "3.6 PJ");
  CHECK(printed(1.2e6 * ai::W / ai::gpu) == "1.2 MW/GPU");
  CHECK(printed(1.894e18 * ai::FLOPS_of(ai::bf16)) == "1.894 EFLOP(BF16)/s");
  CHECK(printed(3.35e12 * ai::byte / ai::s) == "3.35 TB/s");
  CHECK(printed(3e-6 * ai::W) == "3 \u00b5W");
  CHECK(printed(2.273e10 * ai::usd) == "22.73 billion USD");
  CHECK(printed(7.539e8 * ai::usd / ai::year) == "753.9 million USD/yr");
  CHECK(printed(1e8 * ai::gpu) == "100 million GPU");
  CHECK(printed(5.4e7 * ai::gpu_hour) == "54 million GPU-h");  // Llama 3's training, in GPU-hours
  CHECK(printed(500.0 * ai::gpu_hour) == "500 GPU-h");
}

TEST_CASE("a number that prints without an exponent keeps the unit it is in") {
  CHECK(printed(999999.0 * ai::W) == "999999 W");  // six digits: the stream's precision
  CHECK(printed(757600.0 * ai::gpu) == "757600 GPU");
  CHECK(printed(0.5 * ai::W) == "0.5 W");
  CHECK(printed(0.0 * ai::W) == "0 W");
  CHECK(printed(2.5e6 * ai::kW) == "2.5e+06 kW");        // a prefix of the user's own is kept
  CHECK(printed(5e6 * ai::s) == "5e+06 s");              // time has no ladder: write .in(ai::day)
  CHECK(printed(325'000'000 * ai::W) == "325000000 W");  // an integer is exact and prints whole
}

TEST_CASE("past the familiar prefixes, and where the stream is told, the exponent stays") {
  CHECK(printed(2e25 * ai::flop_of(ai::bf16)) == "2e+25 FLOP(BF16)");  // not "20 YFLOP"
  CHECK(printed(5e-12 * ai::W) == "5e-12 W");
  CHECK(printed(3e18 * ai::usd) == "3e+18 USD");  // beyond quadrillion
  std::ostringstream fixed;
  fixed << std::fixed << 9.091e8 * ai::W;
  CHECK(fixed.str() == "909100000.000000 W");
  std::ostringstream scientific;
  scientific << std::scientific << 9.091e8 * ai::W;
  CHECK(scientific.str() == "9.091000e+08 W");
  std::ostringstream precise;
  precise << std::setprecision(10) << 9.091e8 * ai::W;
  CHECK(precise.str() == "909100000 W");  // ten digits need no exponent
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

TEST_CASE("an exchange rate prints as its rate from either currency") {
  constexpr ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur, ai::date{2025, 10, 1}, "ECB reference rate"};
  CHECK(printed(usd_per_eur) == "1.08 USD/EUR");
  CHECK(printed(usd_per_eur.inverse()) == printed(usd_per_eur.inverse().rate()));
  CHECK(printed(usd_per_eur.inverse()).ends_with(" EUR/USD"));
  // Its source (a char_view) prints as its characters, as a catalogue entry's does.
  CHECK(printed(usd_per_eur.source()) == "ECB reference rate");
  CHECK(printed(ai::char_view()).empty());
}
