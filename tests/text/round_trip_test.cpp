// Round trip: for every unit kind and language, parse(format(q)) gives back q to the printed
// precision. Randomized with a fixed seed, so a failure reproduces.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {

template <auto U>
void round_trip(std::mt19937_64& rng, int min_exp, int max_exp, bool allow_negative = true) {
  std::uniform_real_distribution<double> mantissa(1.0, 10.0);
  std::uniform_int_distribution<int> exponent(min_exp, max_exp);
  std::uniform_int_distribution<int> digits(1, 6);
  std::uniform_int_distribution<int> coin(0, 1);
  for (int n = 0; n != 40; ++n) {
    for (const lang l : ai::all_languages) {
      double v = mantissa(rng) * std::pow(10.0, exponent(rng));
      if (allow_negative && coin(rng) == 1) v = -v;
      const ai::quantity<U, double> q(v);
      const ai::format_options o{.digits = digits(rng),
                                 .compact = coin(rng) == 1,
                                 .currency = static_cast<ai::currency_style>(coin(rng) + coin(rng) * 2)};
      const ai::formatted_text text = ai::format(q, l, o);
      const auto back = ai::parse_as(U, text.view(), l);
      INFO(ai::code_of(l) << ": " << v << " " << decltype(U)::symbol.c_str() << " -> \"" << std::string(text.view())
                          << "\" (" << o.digits << " digits) -> " << back.error());
      REQUIRE(back.has_value());
      const double tolerance = std::abs(v) * 0.5 * std::pow(10.0, 1 - o.digits) * (1 + 1e-9);
      CHECK(std::abs(back.value().value() - v) <= tolerance);
    }
  }
}

}  // namespace

TEST_CASE("parse(format(q)) gives back q to the printed precision, for every unit kind and language") {
  std::mt19937_64 rng(20261123);
  round_trip<ai::W>(rng, -2, 13);
  round_trip<ai::GW>(rng, -3, 4);
  round_trip<ai::J>(rng, 0, 18);
  round_trip<ai::TWh>(rng, -3, 4);
  round_trip<ai::usd>(rng, -1, 15);
  round_trip<ai::eur>(rng, -1, 15);
  round_trip<ai::gbp>(rng, 0, 12);
  round_trip<ai::chf>(rng, 0, 12);
  round_trip<ai::jpy>(rng, 0, 12);
  round_trip<ai::cny>(rng, 0, 12);
  round_trip<ai::billion * ai::usd>(rng, -2, 4);
  round_trip<ai::gpu>(rng, 0, 9);
  round_trip<ai::million * ai::gpu>(rng, -3, 3);
  round_trip<ai::byte>(rng, 0, 20, false);
  round_trip<ai::GB>(rng, -2, 6, false);
  round_trip<ai::s>(rng, -8, 9);
  round_trip<ai::h>(rng, -1, 5);
  round_trip<ai::year>(rng, -1, 3);
  round_trip<ai::TFLOPS_of(ai::bf16)>(rng, -2, 8);
  round_trip<ai::EFLOPS_of(ai::sparse(ai::fp8))>(rng, -3, 3);
  round_trip<ai::flop_of(ai::fp64)>(rng, 3, 24);
  round_trip<ai::FLOPS>(rng, 6, 21);
  round_trip<ai::percent>(rng, -1, 3);
  round_trip<ai::one>(rng, 0, 14);
  round_trip<ai::million>(rng, -2, 5);
}
