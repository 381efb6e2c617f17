// The architecture page's "The shape users see" block, compiled as written (inside a function, as a
// user's main would hold it) under the project's warning set, and checked against its comments.
#include <aiscale/aiscale.hpp>
#include <iostream>
#include <sstream>
#include <string>

#include "../catch.hpp"

TEST_CASE("the architecture page's example compiles as written and prints what its comments say") {
  std::ostringstream printed;
  std::streambuf* const console = std::cout.rdbuf(printed.rdbuf());

  // --- the block, verbatim but for its #include line (above) ---
  namespace ai = aiscale;
  using namespace ai::literals;  // 75_GW, 750_W, 3_usd ...

  constexpr auto fleet = 100 * ai::million * ai::gpu;  // a count of accelerators
  constexpr auto per_gpu = 750 * ai::W / ai::gpu;      // power per accelerator
  constexpr auto power = fleet * per_gpu;              // a power: W-dimensioned
  static_assert(ai::approx(power, 75_GW));             // relative tolerance, default tight
  static_assert(ai::approx(power, 70_GW, 0.1));        // explicit 10 % tolerance

  constexpr auto energy = power * ai::year;  // energy (Julian year = 8766 h)
  double twh = energy.value_in(ai::TWh);     // a plain number: 657.45
  auto gw = power.in(ai::GW);                // a quantity in that unit

  constexpr auto cost = 3 * ai::trillion * ai::usd;  // money in US dollars
  constexpr auto unit_price = cost / fleet;          // USD per GPU
  static_assert(ai::approx(unit_price, 30'000 * ai::usd / ai::gpu));

  // compute carries its numeric format (and sparsity) in the type
  constexpr auto h100 = ai::catalog::h100_sxm;
  constexpr auto peak = 50 * ai::million * ai::gpu * h100.peak(ai::bf16);  // FLOP/s of BF16
  // peak + 1 * ai::EFLOPS_of(ai::fp64)   -> does not compile: different formats

  // currencies never mix without a rate; a rate is a quantity, with provenance if known
  constexpr auto eur_usd = ai::exchange_rate{1.08 * ai::usd / ai::eur /*, as-of date, source */};
  auto in_usd = eur_usd(100 * ai::billion * ai::eur);

  // text, in several languages; long scale where the language has it
  auto f = ai::parse("3 biljoen dollar", ai::lang::nl);  // an error-or-figure value
  auto d = ai::parse_as(ai::usd, "100 Milliarden US-Dollar", ai::lang::de);
  std::cout << ai::format(cost, ai::lang::de);  // "3 Billionen US-Dollar"
  std::cout << power.in(ai::GW);                // "75 GW"
  // --- end of the block ---

  std::cout.rdbuf(console);
  CHECK(printed.str() == "3 Billionen US-Dollar75 GW");

  CHECK(twh == Approx(657.45).epsilon(1e-12));
  static_assert(std::is_same_v<decltype(gw), ai::quantity<ai::GW, double>>);
  CHECK(gw.value() == 75.0);
  CHECK(ai::approx(peak, 49'450 * ai::EFLOPS_of(ai::bf16)));  // 50 million x 989 TFLOP/s
  CHECK(ai::approx(in_usd, 108 * ai::billion * ai::usd));
  REQUIRE(f.has_value());
  CHECK(f.value().value == Approx(3e12));
  REQUIRE(d.has_value());
  CHECK(ai::approx(d.value(), 100 * ai::billion * ai::usd));
}
