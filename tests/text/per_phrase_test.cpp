// Words that say per what in one ("$30bn annually", "20 TWh im Jahr", "3 milliards d'euros annuels",
// "30.000 d\u00f3lares por unidad"): figures per unit of their own kind, never the bare amount; where the
// pair has no kind ("5 GW annually") the figure is unknown_per_unit.
#include <aiscale/text.hpp>
#include <string_view>
#include <utility>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using K = ai::figure_kind;

namespace {
constexpr double year = 31557600;  // the Julian year, as units/time.hpp declares it

void check_per(std::string_view text, lang l, K kind, double value, std::string_view span) {
  for (const lang in : {l, lang::guess}) {
    const ai::extraction e = ai::extract(text, in);
    INFO(text << " [" << ai::code_of(in) << "]");
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == kind);
    CHECK(e.figures[0].value == Approx(value).epsilon(1e-12));
    CHECK(e.figures[0].span_in(text) == span);
  }
}
}  // namespace

TEST_CASE("per year in one word, in every language") {
  check_per("Oracle will receive more than $30bn annually from it.", lang::en, K::money_per_time, 30e9 / year,
            "$30bn annually");
  check_per("The firm signed a $10bn-a-year cloud contract.", lang::en, K::money_per_time, 10e9 / year, "$10bn-a-year");
  check_per("The campus will consume 8 TWh annually.", lang::en, K::energy_per_time, 8 * 3.6e15 / year,
            "8 TWh annually");
  check_per("Die Rechenzentren verbrauchen 20 TWh im Jahr.", lang::de, K::energy_per_time, 20 * 3.6e15 / year,
            "20 TWh im Jahr");
  check_per("Der Vertrag bringt dem Konzern 3 Mrd. Euro j\u00e4hrlich.", lang::de, K::money_per_time, 3e9 / year,
            "3 Mrd. Euro j\u00e4hrlich");
  check_per("Het contract levert 2 miljard euro jaarlijks op.", lang::nl, K::money_per_time, 2e9 / year,
            "2 miljard euro jaarlijks");
  check_per("Le contrat rapportera 3 milliards d'euros annuels au groupe.", lang::fr, K::money_per_time, 3e9 / year,
            "3 milliards d'euros annuels");
  check_per("Les centres consomment 10 TWh chaque ann\u00e9e.", lang::fr, K::energy_per_time, 10 * 3.6e15 / year,
            "10 TWh chaque ann\u00e9e");
  check_per("El contrato supondr\u00e1 3.000 millones de euros anuales para la empresa.", lang::es, K::money_per_time,
            3e9 / year, "3.000 millones de euros anuales");
  check_per("Il contratto vale 3 miliardi di euro annui per il gruppo.", lang::it, K::money_per_time, 3e9 / year,
            "3 miliardi di euro annui");
}

TEST_CASE("per quarter, month and hour in words") {
  check_per("Microsoft spends more than $30bn a quarter on it.", lang::en, K::money_per_time, 30e9 * 4 / year,
            "$30bn a quarter");
  check_per("It costs $1,500 a month.", lang::en, K::money_per_time, 1500 * 12 / year, "$1,500 a month");
  check_per("It costs $2 an hour.", lang::en, K::money_per_time, 2.0 / 3600, "$2 an hour");
  check_per("Es kostet 5 Mio. Euro pro Quartal.", lang::de, K::money_per_time, 5e6 * 4 / year,
            "5 Mio. Euro pro Quartal");
  check_per("Cela co\u00fbte 300 millions d'euros par mois.", lang::fr, K::money_per_time, 300e6 * 12 / year,
            "300 millions d'euros par mois");
}

TEST_CASE("per month is a per word and the unit month, in every language") {
  // Months are units in all six languages: "per month", "pro Monat", "par mois" are a per word and a
  // unit, read as "per year" is; only "im Monat" and "-a-month" (no per word) are phrases.
  struct month_case {
    std::string_view text;
    lang l;
    double amount;  // of money a month
    std::string_view span;
  };
  for (const month_case& c :
       {month_case{"The firm said that renting costs $1,500 per month.", lang::en, 1500, "$1,500 per month"},
        month_case{"The firm signed a $2bn-a-month contract.", lang::en, 2e9, "$2bn-a-month"},
        month_case{"Das kostet 5 Mio. Euro pro Monat.", lang::de, 5e6, "5 Mio. Euro pro Monat"},
        month_case{"Das kostet 5 Mio. Euro im Monat.", lang::de, 5e6, "5 Mio. Euro im Monat"},
        month_case{"Het kost 3 miljoen euro per maand.", lang::nl, 3e6, "3 miljoen euro per maand"},
        month_case{"Cela co\u00fbte 3 millions d'euros par mois.", lang::fr, 3e6, "3 millions d'euros par mois"},
        month_case{"Cuesta 2 millones de euros al mes.", lang::es, 2e6, "2 millones de euros al mes"},
        month_case{"Cuesta 2 millones de euros por mes.", lang::es, 2e6, "2 millones de euros por mes"},
        month_case{"Costa 4 milioni di euro al mese.", lang::it, 4e6, "4 milioni di euro al mese"}})
    check_per(c.text, c.l, K::money_per_time, c.amount * 12 / year, c.span);
}

TEST_CASE("a power per month is read as a power per day is") {
  // "3 GW a day" is 3 GW (an article that is also a per word says per only where the pair has a
  // kind); "3 GW a month" and "3 GW par mois" are alike. A per word that says nothing else ("per",
  // "pro") makes the figure unknown_per_unit, for months as for years.
  for (const std::string_view text :
       {std::string_view("They add 3 GW a day."), std::string_view("They add 3 GW a month.")}) {
    const ai::extraction e = ai::extract(text, lang::en);
    INFO(text);
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].span_in(text) == "3 GW");
  }
  const std::string_view fr = "Ils ajoutent 3 GW par mois.";
  const ai::extraction e = ai::extract(fr, lang::fr);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].span_in(fr) == "3 GW");
  CHECK(e.figures[0].kind == K::power);
  for (const auto& [text, l] : {std::pair{std::string_view("5 GW per month"), lang::en},
                                std::pair{std::string_view("5 GW pro Monat"), lang::de},
                                std::pair{std::string_view("5 GW per maand"), lang::nl}}) {
    INFO(text);
    const auto r = ai::parse(text, l);
    REQUIRE(!r.has_value());
    CHECK(r.error().code == ai::parse_errc::unknown_per_unit);
  }
}

TEST_CASE("per piece is per device") {
  check_per("Chaque puce est factur\u00e9e 30\u202f000 dollars l'unit\u00e9.", lang::fr, K::money_per_device, 30000,
            "30\u202f000 dollars l'unit\u00e9");
  check_per("Cada chip se vende a 30.000 d\u00f3lares por unidad.", lang::es, K::money_per_device, 30000,
            "30.000 d\u00f3lares por unidad");
  check_per("Ogni chip costa 30mila dollari l'uno, secondo gli analisti.", lang::it, K::money_per_device, 30000,
            "30mila dollari l'uno");
  check_per("Der Chip kostet rund 30.000 Dollar pro St\u00fcck.", lang::de, K::money_per_device, 30000,
            "30.000 Dollar pro St\u00fcck");
  // Read alone, "per stuk" is the English "per" before a word it has no kind for: the Dutch words decide.
  check_per("De chip kost het bedrijf 30.000 dollar per stuk, zegt een analist.", lang::nl, K::money_per_device, 30000,
            "30.000 dollar per stuk");
  check_per("Der Chip kostet rund 30.000 Dollar das St\u00fcck.", lang::de, K::money_per_device, 30000,
            "30.000 Dollar das St\u00fcck");
  check_per("Chaque puce co\u00fbte 30\u202f000 dollars pi\u00e8ce.", lang::fr, K::money_per_device, 30000,
            "30\u202f000 dollars pi\u00e8ce");
  check_per("Cada chip cuesta 30.000 d\u00f3lares la unidad.", lang::es, K::money_per_device, 30000,
            "30.000 d\u00f3lares la unidad");
  check_per("Ogni scheda costa 30.000 dollari l'una.", lang::it, K::money_per_device, 30000, "30.000 dollari l'una");
  check_per("Ogni scheda costa 30.000 dollari al pezzo.", lang::it, K::money_per_device, 30000,
            "30.000 dollari al pezzo");
}

TEST_CASE("each, apiece: per one of something unnamed, reported and never the bare amount") {
  // "two sites of 1 GW each" is per site, "$40,000 each" per chip: the words do not say which.
  for (const auto& [text, l] : {std::pair{std::string_view("Two sites of 1 GW each are planned."), lang::en},
                                std::pair{std::string_view("B200s sell for $40,000 apiece, analysts say."), lang::en},
                                std::pair{std::string_view("Zwei Standorte mit 1 GW jeweils."), lang::de},
                                std::pair{std::string_view("Deux sites de 1 GW chacun sont pr\u00e9vus."), lang::fr},
                                std::pair{std::string_view("Twee locaties van 1 GW elk."), lang::nl},
                                std::pair{std::string_view("Dos centros de 1 GW cada uno."), lang::es},
                                std::pair{std::string_view("Due siti da 1 GW ciascuno."), lang::it}}) {
    const ai::extraction e = ai::extract(text, l);
    INFO(text);
    CHECK(e.figures.empty());
    REQUIRE(e.errors.size() == 1);
    CHECK(e.errors[0].code == ai::parse_errc::unknown_per_unit);
  }
  // "each year" is per year; "Each GPU" that starts the next sentence is no per word of the figure.
  check_per("It pays $20bn each year for power.", lang::en, K::money_per_time, 20e9 / year, "$20bn each year");
  check_per("Het bedrijf betaalt 2 miljard euro elk jaar.", lang::nl, K::money_per_time, 2e9 / year,
            "2 miljard euro elk jaar");
  check_per("Der Konzern zahlt 2 Mrd. Euro jedes Jahr.", lang::de, K::money_per_time, 2e9 / year,
            "2 Mrd. Euro jedes Jahr");
  const ai::extraction next = ai::extract("It costs $30,000. Each GPU draws 700 W.", lang::en);
  REQUIRE(next.figures.size() == 2);
  CHECK(next.figures[0].kind == K::money);
}

TEST_CASE("near twins: no kind, a year after, a part, a percentage") {
  const ai::extraction power = ai::extract("It adds 5 GW annually.", lang::en);
  CHECK(power.figures.empty());
  REQUIRE(power.errors.size() == 1);
  CHECK(power.errors[0].code == ai::parse_errc::unknown_per_unit);
  // "im Jahr 2030" is the year 2030; "a quarter of it" a part of the sum.
  const ai::extraction de = ai::extract("Sie investieren 20 Mrd. Euro im Jahr 2030.", lang::de);
  REQUIRE(de.figures.size() == 1);
  CHECK(de.figures[0].kind == K::money);
  const ai::extraction en = ai::extract("It spent $40bn a quarter of it on chips.", lang::en);
  REQUIRE(en.figures.size() == 1);
  CHECK(en.figures[0].kind == K::money);
  CHECK(ai::extract("Prices rise 3% annually.", lang::en).figures.at(0).kind == K::number);
  CHECK(ai::extract("Im Jahr 2025 wurden 5 GW gebaut.", lang::de).figures.at(0).kind == K::power);
}
