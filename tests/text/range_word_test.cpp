// Ranges joined by a word in each language ("15 \u00e0 20 procent" in Dutch too): one figure with both
// ends, never the upper end alone. "\u00e0" also joins a count to a price each ("2 \u00e0 30.000
// dollar"): a second number more than ten times the first makes no range.
#include <aiscale/text.hpp>
#include <string_view>
#include <tuple>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
void check_range(std::string_view text, lang l, double low, double high, std::string_view span) {
  const ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(e.errors.empty());
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].is_range());
  CHECK(e.figures[0].value == low);
  CHECK(e.figures[0].upper == high);
  CHECK(e.figures[0].span_in(text) == span);
}
}  // namespace

TEST_CASE("a range word joins two numbers in every language, the Dutch a too") {
  check_range("Het aandeel stijgt naar 15 \u00e0 20 procent.", lang::nl, 0.15, 0.20, "15 \u00e0 20 procent");
  check_range("Het aandeel stijgt naar 15 tot 20 procent.", lang::nl, 0.15, 0.20, "15 tot 20 procent");
  check_range("Het kost 1,5 \u00e0 2 miljard euro.", lang::nl, 1.5e9, 2e9, "1,5 \u00e0 2 miljard euro");
  check_range("La part atteint 15 \u00e0 20 pour cent.", lang::fr, 0.15, 0.20, "15 \u00e0 20 pour cent");
  check_range("Der Anteil steigt auf 15 bis 20 Prozent.", lang::de, 0.15, 0.20, "15 bis 20 Prozent");
  check_range("The share rises to 15 to 20 percent.", lang::en, 0.15, 0.20, "15 to 20 percent");
  check_range("La cuota sube al 15 a 20 por ciento.", lang::es, 0.15, 0.20, "15 a 20 por ciento");
  check_range("La quota sale al 15 a 20 per cento.", lang::it, 0.15, 0.20, "15 a 20 per cento");
}

TEST_CASE("a count at a price each is no range") {
  for (const auto& [text, l, span] :
       {std::tuple{std::string_view("Ze kopen 2 \u00e0 30.000 dollar."), lang::nl, std::string_view("30.000 dollar")},
        std::tuple{std::string_view("Ils ach\u00e8tent 2 \u00e0 30 000 dollars."), lang::fr,
                   std::string_view("30 000 dollars")}}) {
    const ai::extraction e = ai::extract(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(!e.figures[0].is_range());
    CHECK(e.figures[0].value == 30000);
    CHECK(e.figures[0].span_in(text) == span);
  }
  // Within a factor of ten the two numbers are a range.
  check_range("Het kost 30.000 \u00e0 40.000 dollar.", lang::nl, 30000, 40000, "30.000 \u00e0 40.000 dollar");
}

// A range with its unit or currency on both ends ("2 GW to 3 GW", "$66 billion-$72 billion", "1,5 GW
// bis 2 GW", "1 GW \u00e0 1,5 GW", "-5% to 3%"): one range figure, as "2 to 3 GW" is. Two figures of
// different kinds, units or scale words stay two.
TEST_CASE("a unit or currency on both ends of a range makes one range, in every language") {
  check_range("Capacity will be 2 GW to 3 GW.", lang::en, 2e9, 3e9, "2 GW to 3 GW");
  check_range("Meta expects $66 billion-$72 billion.", lang::en, 66e9, 72e9, "$66 billion-$72 billion");
  check_range("Margins range from -5% to 3% now.", lang::en, -0.05, 0.03, "-5% to 3%");
  check_range("It falls from 5 GW to 3 GW.", lang::en, 3e9, 5e9, "5 GW to 3 GW");  // low end first
  check_range("Das Projekt hat 1,5 GW bis 2 GW.", lang::de, 1.5e9, 2e9, "1,5 GW bis 2 GW");
  check_range("Het project krijgt 1 GW tot 2 GW.", lang::nl, 1e9, 2e9, "1 GW tot 2 GW");
  check_range("Le site aura 1 GW \u00e0 1,5 GW.", lang::fr, 1e9, 1.5e9, "1 GW \u00e0 1,5 GW");
  check_range("El campus tendr\u00e1 1 GW a 2 GW.", lang::es, 1e9, 2e9, "1 GW a 2 GW");
  check_range("Il campus avr\u00e0 1 GW a 2 GW.", lang::it, 1e9, 2e9, "1 GW a 2 GW");
}

TEST_CASE("near twins: figures of another kind, unit or scale word stay two") {
  for (const std::string_view text :
       {"It uses 5 GW to 3 TWh.", "It costs $5 billion-$3 million.", "It costs $5 billion to EUR 6 billion."}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, lang::en);
    REQUIRE(e.figures.size() == 2);
    CHECK(!e.figures[0].is_range());
  }
}
