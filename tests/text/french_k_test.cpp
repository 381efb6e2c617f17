// French writes thousands of euros as "k\u20ac" ("80 k\u20ac par an"): "k" is a French scale word, so
// that the figure is read in French with what follows it, never as an English quote without its "par an".
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

TEST_CASE("k is a French scale word: 80 k\u20ac par an is money per year") {
  constexpr std::string_view fr = "Les ing\u00e9nieurs sont pay\u00e9s 80 k\u20ac par an en moyenne.";
  for (const lang l : {lang::fr, lang::guess}) {
    const ai::extraction e = ai::extract(fr, l);
    INFO(ai::code_of(l));
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::money_per_time);
    CHECK(e.figures[0].value == Approx(80e3 / 31557600).epsilon(1e-12));
    CHECK(e.figures[0].span_in(fr) == "80 k\u20ac par an");
    CHECK(e.figures[0].language != lang::en);
  }
  CHECK(ai::parse("80 k\u20ac", lang::fr)->value == 80e3);
  CHECK(ai::parse("25k", lang::fr)->value == 25e3);
}

TEST_CASE("near twins: prefixed units keep their k") {
  CHECK(ai::parse("5 kW", lang::fr)->value == 5e3);
  CHECK(ai::parse("5 kWh", lang::fr)->kind == ai::figure_kind::energy);
  CHECK(ai::parse("80 k\u20ac", lang::de)->value == 80e3);
}
