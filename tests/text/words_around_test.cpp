// Figures that read wrongly once because a word around them was taken for part of them, each family in
// the languages that write it, with its near twins: a year before a range word ("in 2025 to 1.2 GW"),
// a time that is a point, not a rate ("$5bn a year ago"), "several hundred" ("mehrere hundert
// Millionen"), Mexican thousands ("mil 500 millones"), a currency its symbol does not name ("$500
// millones de pesos", "\u00a5380 billion") and a model's size after its name ("Llama 3.1 70B").
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using K = ai::figure_kind;

namespace {
// The one figure extract finds in text: its span, kind and value, and its upper end.
void check_one(std::string_view text, lang l, std::string_view span, K kind, double value, double upper) {
  INFO(text);
  const ai::extraction e = ai::extract(text, l);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].span_in(text) == span);
  CHECK(e.figures[0].kind == kind);
  CHECK(e.figures[0].value == value);
  CHECK(e.figures[0].upper == upper);
}
void check_one(std::string_view text, lang l, std::string_view span, K kind, double value) {
  check_one(text, l, span, kind, value, value);
}
// No figure in text, and one error of code e.
void check_refused(std::string_view text, lang l, ai::parse_errc e) {
  INFO(text);
  const ai::extraction x = ai::extract(text, l);
  CHECK(x.figures.empty());
  REQUIRE(x.errors.size() == 1);
  CHECK(x.errors[0].code == e);
}
}  // namespace

TEST_CASE("a year before a range word is when, not the range's first end") {
  check_one("It expanded in 2025 to 1.2 GW.", lang::en, "1.2 GW", K::power, 1.2e9);
  check_one("Die Leistung steigt 2024 bis 5 GW.", lang::de, "5 GW", K::power, 5e9);
  check_one("De omzet steeg in 2024 tot 5 miljard euro.", lang::nl, "5 miljard euro", K::money, 5e9);
  check_one("La capacit\u00e9 passe de 2024 \u00e0 5 GW.", lang::fr, "5 GW", K::power, 5e9);
  check_one("Los ingresos subieron en 2024 a 5.000 millones de euros.", lang::es, "5.000 millones de euros", K::money,
            5e9);
  check_one("Nel 2024 a 10.000 GPU.", lang::it, "10.000 GPU", K::gpus, 10000);
  CHECK(!ai::parse("2023 to 5 GW", lang::en).has_value());
  // Twins: a range whose first end is no year, written with separators, or a sum, stays a range.
  check_one("from 1,900 to 2,100 GPUs", lang::en, "1,900 to 2,100 GPUs", K::gpus, 1900, 2100);
  check_one("von 1.900 bis 2.100 GPUs", lang::de, "1.900 bis 2.100 GPUs", K::gpus, 1900, 2100);
  check_one("3 to 5 GW", lang::en, "3 to 5 GW", K::power, 3e9, 5e9);
  CHECK(ai::parse("$2025 to $3000", lang::en)->upper == 3000);
}

TEST_CASE("a time followed by a word of before or after is a point in time, not a rate") {
  for (const auto& [text, l, span] : {
           std::tuple{"Revenue was $5bn a year ago.", lang::en, "$5bn"},
           {"It was $8.5B a year earlier.", lang::en, "$8.5B"},
           {"It reached $3bn a month later.", lang::en, "$3bn"},
           {"Es waren 20 Mrd. Euro im Jahr zuvor.", lang::de, "20 Mrd. Euro"},
           {"Il y avait 5 milliards d'euros l'an dernier.", lang::fr, "5 milliards d'euros"},
           {"Erano 5 miliardi di euro l'anno scorso.", lang::it, "5 miliardi di euro"},
           {"Fueron 5.000 millones de d\u00f3lares al a\u00f1o siguiente.", lang::es, "5.000 millones de d\u00f3lares"},
       }) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == K::money);
    CHECK(e.figures[0].span_in(text) == span);
  }
  // Twins: a rate stays a rate, also where a word follows that may go on with it.
  for (const auto& [text, l] : {std::pair{"They spend $5bn a year on AI.", lang::en},
                                {"They spend $5bn a year after tax.", lang::en},
                                {"5 Mrd. Euro im Jahr", lang::de},
                                {"3 milliards d'euros par an", lang::fr},
                                {"2 miliardi di euro l'anno", lang::it},
                                {"2.000 millones de d\u00f3lares al a\u00f1o", lang::es},
                                {"2.000 millones de d\u00f3lares al a\u00f1o antes de impuestos", lang::es},
                                {"2 miliardi di euro l'anno prima delle tasse", lang::it}}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == K::money_per_time);
  }
}

TEST_CASE("some hundreds or thousands are no hundred or thousand") {
  for (const auto& [text, l] : {std::pair{"mehrere hundert Millionen Euro", lang::de},
                                {"einige hundert Megawatt", lang::de},
                                {"ein paar tausend GPUs", lang::de},
                                {"een paar honderd miljoen euro", lang::nl},
                                {"enkele duizend GPU's", lang::nl},
                                {"diverse mille GPU", lang::it},
                                {"varios mil GPU", lang::es},
                                {"several hundred million dollars", lang::en}}) {
    INFO(text);
    CHECK(ai::extract(text, l).figures.empty());
  }
  // Twins: hundred and thousand alone, and "unos" (about) before "mil millones".
  check_one("Es geht um hundert Millionen Euro.", lang::de, "hundert Millionen Euro", K::money, 1e8);
  check_one("Het gaat om duizend GPU's.", lang::nl, "duizend GPU's", K::gpus, 1000);
  check_one("Unos mil millones de d\u00f3lares.", lang::es, "mil millones de d\u00f3lares", K::money, 1e9);
}

TEST_CASE("Mexican Spanish writes thousands in words and the rest in digits") {
  check_one("Invertir\u00e1 mil 500 millones de d\u00f3lares.", lang::es, "mil 500 millones de d\u00f3lares", K::money,
            1.5e9);
  check_one("Gastar\u00e1 2 mil 300 millones de d\u00f3lares.", lang::es, "2 mil 300 millones de d\u00f3lares",
            K::money, 2.3e9);
  check_one("Gastar\u00e1 dos mil 300 millones de euros.", lang::es, "dos mil 300 millones de euros", K::money, 2.3e9);
  check_one("Se compraron 2 mil 500 GPU.", lang::es, "2 mil 500 GPU", K::gpus, 2500);
  // Twins: "mil millones" and "2 mil millones" as before; a comma ends the number.
  check_one("Son 2 mil millones de euros.", lang::es, "2 mil millones de euros", K::money, 2e9);
  const ai::extraction comma = ai::extract("Hay 3 mil, 500 millones de d\u00f3lares.", lang::es);
  REQUIRE(comma.figures.size() == 2);
  CHECK(comma.figures[1].value == 5e8);
}

TEST_CASE("a sum whose currency its symbol does not tell is refused") {
  check_refused("El gobierno destinar\u00e1 $500 millones de pesos.", lang::es, ai::parse_errc::unknown_currency);
  check_refused("Cost\u00f3 $ 5.000 pesos.", lang::es, ai::parse_errc::unknown_currency);
  check_refused("Alibaba will invest \u00a5380 billion.", lang::en, ai::parse_errc::unknown_currency);
  check_refused("Il investit 380 milliards \u00a5.", lang::fr, ai::parse_errc::unknown_currency);
  CHECK(ai::parse("\u00a5380 billion", lang::en).error().code == ai::parse_errc::unknown_currency);
  // Twins: the codes and the symbols of one currency.
  check_one("Alibaba will invest CN\u00a5380 billion.", lang::en, "CN\u00a5380 billion", K::money, 3.8e11);
  CHECK(ai::extract("SoftBank put JP\u00a51 trillion in.", lang::en).figures.at(0).currency == "JPY");
  CHECK(ai::extract("SoftBank put JPY 1 trillion in.", lang::en).figures.at(0).currency == "JPY");
  CHECK(ai::extract("Invertir\u00e1 $500 millones de d\u00f3lares.", lang::es).figures.at(0).currency == "USD");
}

TEST_CASE("a number glued to B after a model's name is the model's size") {
  for (const auto& [text, size] : {std::pair{"Llama 3.1 70B outperforms it.", 70e9},
                                   {"Mistral 7B is open.", 7e9},
                                   {"Qwen2.5-72B is open.", 72e9},
                                   {"DeepSeek-V3 671B was trained on H800s.", 671e9}}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, lang::en);
    REQUIRE(!e.figures.empty());
    CHECK(e.figures[0].kind == K::number);
    CHECK(e.figures[0].value == size);
  }
  // Twins: no name before, or a currency: bytes and money as before; digits before a hyphen are a
  // range, no name ("3-4b" is no 4 billion).
  CHECK(ai::extract("It wrote a 5B file.", lang::en).figures.at(0).kind == K::data);
  for (const ai::figure& f : ai::extract("x 3-4b", lang::en).figures) CHECK(f.value != 4e9);
  CHECK(ai::extract("They pledged $500B.", lang::en).figures.at(0).kind == K::money);
}

TEST_CASE("a unit of the language but for its case is reported by extract, as parse reports it") {
  const ai::extraction e = ai::extract("The site draws 1 gw and 100mw and stores 20 mwh.", lang::en);
  CHECK(e.figures.empty());
  REQUIRE(e.errors.size() == 3);
  for (const ai::parse_error& err : e.errors) CHECK(err.code == ai::parse_errc::unknown_unit);
  CHECK(e.errors[0].expected == "GW");
  CHECK(e.errors[1].expected == "MW");
  CHECK(e.errors[2].expected == "MWh");
  // Twins: the units as written, and a word after a number that is no unit in any case.
  CHECK(ai::extract("The site draws 1 GW and 100MW.", lang::en).figures.size() == 2);
  CHECK(ai::extract("In 2025 the site opened.", lang::en).errors.empty());
}

TEST_CASE("counts written with a scale letter, a plus or a shared scale word") {
  check_one("They plan 4-5m GPUs.", lang::en, "4-5m GPUs", K::gpus, 4e6, 5e6);
  check_one("They plan 100k+ GPUs.", lang::en, "100k+ GPUs", K::gpus, 1e5);
  check_one("Es sind 1.000+ GPUs.", lang::de, "1.000+ GPUs", K::gpus, 1000);
  check_one("Google zet 10.000 TPU's in.", lang::nl, "10.000 TPU's", K::gpus, 10000);
  // A product line of two words: a family and "Ultra", or the platform's name ("Vera Rubin").
  check_one("Nvidia shipped 30,000 Blackwell Ultra GPUs.", lang::en, "30,000 Blackwell Ultra GPUs", K::gpus, 30000);
  check_one("Es kommen 10.000 Blackwell-Ultra-GPUs.", lang::de, "10.000 Blackwell-Ultra-GPUs", K::gpus, 10000);
  check_one("The site will host 100,000 Vera Rubin GPUs.", lang::en, "100,000 Vera Rubin GPUs", K::gpus, 100000);
  CHECK(ai::extract("Blackwell Ultra ships with 288 GB.", lang::en).figures.at(0).kind == K::data);
  for (const auto& [text, l] : {std::pair{"between 4 million and 5 million GPUs", lang::en},
                                {"entre 4 millions et 5 millions de GPU", lang::fr},
                                {"zwischen 4 Millionen und 5 Millionen GPUs", lang::de}}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    REQUIRE(e.figures.size() == 2);
    CHECK(e.figures[0].kind == K::gpus);
    CHECK(e.figures[0].value == 4e6);
    CHECK(e.figures[1].value == 5e6);
  }
  // Twins: scale words that disagree share nothing; a "+" between numbers is no "or more"; "5m" with
  // nothing after it is no count; "3 B" is bytes.
  const ai::extraction other = ai::extract("4 million or 5 billion GPUs", lang::en);
  REQUIRE(other.figures.size() == 2);
  CHECK(other.figures[0].kind == K::number);
  CHECK(ai::extract("3 + 4 GPUs", lang::en).figures.at(0).value == 4);
  CHECK(ai::parse("3 B", lang::en)->kind == K::data);
}
