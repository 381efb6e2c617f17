// Words that look like a unit or an article and are not: "nel 2025 ora tocca" (now), "2025 secondo
// Reuters" (according to), "a U$S 25.000 millones" (the Spanish preposition before a symbol), "2028 ans
// Netz" in a German sentence. None is read as a figure; the twins that are units still read.
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
// No figure of kind time in text, read in l and with lang::guess.
void check_no_time(std::string_view text, lang l) {
  for (const lang in : {l, lang::guess}) {
    INFO(text << " [" << ai::code_of(in) << "]");
    for (const ai::figure& f : ai::extract(text, in).figures) CHECK(f.kind != ai::figure_kind::time);
  }
}
double time_of(std::string_view text, lang l) {
  const ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].kind == ai::figure_kind::time);
  return e.figures[0].value;
}
}  // namespace

TEST_CASE("a singular unit of time after a number of two or more is another word") {
  check_no_time("Dopo la Francia nel 2025 ora tocca all'Italia.", lang::it);
  check_no_time("Nel 2025 secondo Reuters il gruppo crescer\u00e0.", lang::it);
  check_no_time("En 2025 hora es el turno de Espa\u00f1a.", lang::es);
  check_no_time("En 2025 segundo la empresa.", lang::es);
  check_no_time("Im Jahr 2025 Stunde null f\u00fcr das Projekt.", lang::de);
  check_no_time("En 2025 heure de v\u00e9rit\u00e9 pour le groupe.", lang::fr);
  check_no_time("In 2025 dag en nacht werken.", lang::nl);
}

TEST_CASE("near twins: singular units after one, plural units, English compounds still read") {
  CHECK(time_of("Il servizio dura 1 ora.", lang::it) == 3600);
  CHECK(time_of("Il servizio dura 2 ore.", lang::it) == 7200);
  CHECK(time_of("Dura 1,5 horas.", lang::es) == 5400);
  CHECK(time_of("Es dauert 1 Stunde.", lang::de) == 3600);
  CHECK(time_of("Es dauert 3 Jahre.", lang::de) == 3 * 31557600.0);
  CHECK(time_of("Cela dure 1 jour.", lang::fr) == 86400);
  CHECK(time_of("a 20-year contract", lang::en) == 20 * 31557600.0);
  CHECK(time_of("The test took 2 hour.", lang::en) == 7200);
}

TEST_CASE("a preposition before a currency symbol is no number word") {
  constexpr std::string_view es = "La inversi\u00f3n asciende a U$S 25.000 millones, seg\u00fan la compa\u00f1\u00eda.";
  for (const lang l : {lang::es, lang::guess}) {
    const ai::extraction e = ai::extract(es, l);
    INFO(ai::code_of(l));
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::money);
    CHECK(e.figures[0].value == 25e9);
    CHECK(e.figures[0].span_in(es) == "U$S 25.000 millones");
  }
  // Argentine papers write the symbol in lower case too.
  constexpr std::string_view lower = "La empresa invertir\u00e1 u$s 500 millones en el pa\u00eds.";
  const ai::extraction l = ai::extract(lower, lang::es);
  REQUIRE(l.figures.size() == 1);
  CHECK(l.figures[0].currency == "USD");
  CHECK(l.figures[0].span_in(lower) == "u$s 500 millones");
  CHECK(!ai::parse("a US$", lang::en).has_value());
  CHECK(ai::parse("a million dollars", lang::en)->value == 1e6);  // a word written out still follows an article
}

TEST_CASE("a German sentence's words decide that ans is no French year") {
  constexpr std::string_view de = "Die Anlage soll 2028 ans Netz gehen.";
  CHECK(ai::extract(de, lang::guess).figures.empty());
  CHECK(ai::extract(de, lang::de).figures.empty());
  // In French the years are read.
  CHECK(time_of("Le contrat court sur 20 ans.", lang::fr) == 20 * 31557600.0);
}
