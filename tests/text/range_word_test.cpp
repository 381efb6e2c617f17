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
