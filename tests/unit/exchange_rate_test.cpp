// Exchange rates: the only bridge between currencies, in both directions, with provenance.
#include <aiscale/units.hpp>

#include "../catch.hpp"

namespace ai = aiscale;

TEST_CASE("an exchange rate converts the denominator currency into the numerator currency") {
  const ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur};
  const auto in_usd = usd_per_eur(100 * ai::billion * ai::eur);
  CHECK(in_usd.value_in(ai::billion * ai::usd) == Approx(108.0));
}

TEST_CASE("an exchange rate converts the numerator currency back") {
  const ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur};
  const auto in_eur = usd_per_eur(540.0 * ai::usd);
  CHECK(in_eur.value_in(ai::eur) == Approx(500.0));
}

TEST_CASE("an exchange rate carries its date and source") {
  constexpr ai::exchange_rate usd_per_eur{1.1 * ai::usd / ai::eur, ai::date{2025, 10, 1}, "ECB reference rate"};
  STATIC_REQUIRE(usd_per_eur.as_of() == ai::date{2025, 10, 1});
  CHECK(usd_per_eur.source() == "ECB reference rate");
  CHECK(usd_per_eur.rate().value() == 1.1);
}

TEST_CASE("the inverse rate gives the same conversions") {
  const ai::exchange_rate usd_per_eur{1.25 * ai::usd / ai::eur};
  const auto eur_per_usd = usd_per_eur.inverse();
  CHECK(eur_per_usd.rate().value() == Approx(0.8));
  CHECK(eur_per_usd(100.0 * ai::usd).value_in(ai::eur) == Approx(80.0));
  CHECK(eur_per_usd(80.0 * ai::eur).value_in(ai::usd) == Approx(100.0));
}

TEST_CASE("exchange rates are constexpr, so a claim in euros can be a static_assert") {
  constexpr ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur};
  STATIC_REQUIRE(ai::approx(usd_per_eur(100 * ai::billion * ai::eur), 108 * ai::billion * ai::usd));
}
