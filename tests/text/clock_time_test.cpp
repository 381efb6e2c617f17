// Clock times ("\u00c0 18 heures", "a las 18 horas", "alle 18 ore", "om 18 uur") are no durations of 18
// hours, and the Spanish "megavatio hora" (singular) is a unit of energy: "60 euros por megavatio hora"
// is a price per energy, never money per power.
#include <aiscale/text.hpp>
#include <string_view>
#include <utility>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

TEST_CASE("a clock word before hours makes a time of day, no figure") {
  for (const auto& [text, l] :
       {std::pair{std::string_view("\u00c0 18 heures, le groupe a confirm\u00e9 l'investissement."), lang::fr},
        std::pair{std::string_view("Le groupe parle \u00e0 18 heures."), lang::fr},
        std::pair{std::string_view("La compa\u00f1\u00eda lo anunci\u00f3 a las 18 horas."), lang::es},
        std::pair{std::string_view("L'annuncio \u00e8 arrivato alle 18 ore."), lang::it},
        std::pair{std::string_view("Het bedrijf meldde om 18 uur de deal."), lang::nl}}) {
    for (const lang in : {l, lang::guess}) {
      INFO(text << " [" << ai::code_of(in) << "]");
      for (const ai::figure& f : ai::extract(text, in).figures) CHECK(f.kind != ai::figure_kind::time);
    }
  }
}

TEST_CASE("near twins: durations in hours still read") {
  const auto hours_of = [](std::string_view text, lang l) {
    const ai::extraction e = ai::extract(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::time);
    return e.figures[0].value / 3600;
  };
  CHECK(hours_of("Le test dure 18 heures.", lang::fr) == 18);
  CHECK(hours_of("Il faut jusqu'\u00e0 18 heures de calcul.", lang::fr) == 18);  // up to 18 hours
  CHECK(hours_of("La prueba dura 18 horas.", lang::es) == 18);
  CHECK(hours_of("Het duurt 18 uur.", lang::nl) == 18);
  CHECK(hours_of("Dura 18 ore.", lang::it) == 18);
  CHECK(hours_of("\u00c0 18 jours de l'ouverture.", lang::fr) == 18 * 24);  // days: no clock time
}

TEST_CASE("the Spanish megavatio hora is energy, in the singular too") {
  constexpr std::string_view es = "La luz cuesta a la planta 60 euros por megavatio hora.";
  for (const lang l : {lang::es, lang::guess}) {
    const ai::extraction e = ai::extract(es, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::price_per_energy);
    CHECK(e.figures[0].value == Approx(60 / 3.6e9).epsilon(1e-12));
    CHECK(e.figures[0].span_in(es) == "60 euros por megavatio hora");
  }
  CHECK(ai::parse("5 megavatios hora", lang::es)->value == 5 * 3.6e9);
  CHECK(ai::parse("60 euros por megavatio", lang::es)->kind == ai::figure_kind::money_per_power);
}

TEST_CASE("dates and clock times written with marks are no figure and no error") {
  for (const auto& [text, l] : {std::pair{"Am 1.5.2025 um 15.30 Uhr k\u00fcndigte die Firma 2 GW an.", lang::de},
                                {"Am 01.05.25 und am 3.10. wurden 2 GW genannt.", lang::de},
                                {"Op 1.5.2025 om 15.30 uur meldde het bedrijf 2 GW.", lang::nl},
                                {"Le 1.5.2025 \u00e0 15.30, l'entreprise a annonc\u00e9 2 GW.", lang::fr},
                                {"Il 1.5.2025 alle 15.30 la societ\u00e0 ha annunciato 2 GW.", lang::it},
                                {"El 1.5.2025 a las 15.30 la empresa anunci\u00f3 2 GW.", lang::es}}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == 2e9);
  }
  // Twins: English notation in a German text is still reported, grouped digits are still read, and
  // a number of marks that is no date stays an error.
  CHECK(ai::extract("Die Aktie stieg um 1.5 Prozent.", lang::de).errors.at(0).code == ai::parse_errc::bad_number);
  CHECK(ai::extract("Es sind 1.000.000 GPUs.", lang::de).figures.at(0).value == 1e6);
  CHECK(ai::extract("Es sind 12.500.000 Euro.", lang::de).figures.at(0).value == 12.5e6);
  CHECK(ai::extract("Der Preis lag bei 15.30 Dollar.", lang::de).errors.at(0).code == ai::parse_errc::bad_number);
  CHECK(ai::extract("Es sind 1.5.20 GW.", lang::de).figures.empty());
}
